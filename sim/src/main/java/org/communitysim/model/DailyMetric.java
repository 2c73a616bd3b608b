package org.communitysim.model;

/** The metrics recorded every day (docs/model.md §6 "Per day"); the column names of per-day output. */
public enum DailyMetric {
    MEMBERS("members", "members at the end of the day (all roles)"),
    ACTIVE("active", "members not lurking: regular members above the lurk line, plus KOLs"),
    LURKERS("lurkers", "regular members below the lurk line"),
    ADVERTISERS("advertisers", "advertisers who are members"),
    JOINS("joins", "people admitted today"),
    JOINS_SEED("joins_seed", "joins by the seed channel (operator's circle and KOLs, day 0)"),
    JOINS_OUTSIDE("joins_outside", "joins by outside exposure (public traffic)"),
    JOINS_REFERRAL("joins_referral", "joins by a member's invitation"),
    LEAVES("leaves", "members who left today (churn, bans and KOL departures)"),
    BANS("bans", "advertisers banned today"),
    APPLICATIONS("applications", "applications handled today (outside and referred): admitted, rejected or turned away"),
    REJECTIONS("rejections", "applicants rejected by screening today"),
    TURNED_AWAY("turned_away", "applicants turned away because the group was full"),
    INVITATIONS_SENT("invitations_sent", "invitations sent by members"),
    INVITATIONS_ACCEPTED("invitations_accepted", "invitations accepted (the invitee then applies)"),
    POSTS_ON_TOPIC("posts_on_topic", "on-topic posts by regular members"),
    POSTS_NOISE("posts_noise", "off-topic posts (chatter) by regular members"),
    POSTS_ADS("posts_ads", "ads that survived moderation"),
    ADS_REMOVED("ads_removed", "ads removed by moderation"),
    POSTS_OPERATOR("posts_operator", "operator posts that are not promotions"),
    POSTS_KOL("posts_kol", "KOL posts"),
    POSTS_PROMO("posts_promo", "operator promotions"),
    MEAN_POST_VALUE("mean_post_value", "mean quality of the day's posts (noise, ads, promotions count 0): signal-to-noise"),
    MEAN_SATISFACTION("mean_satisfaction", "mean satisfaction S of regular members"),
    MEAN_AFFINITY("mean_affinity", "mean affinity of members to the group topic"),
    QUESTIONS_ASKED("questions_asked", "questions asked by newcomers"),
    QUESTIONS_ANSWERED("questions_answered", "newcomers' questions answered"),
    PURCHASES("purchases", "first purchases (new buyers)"),
    REPURCHASES("repurchases", "repeat purchases by earlier buyers"),
    EVENT("event", "1 on an event day, else 0");

    private final String column;
    private final String description;

    DailyMetric(String column, String description) {
        this.column = column;
        this.description = description;
    }

    public String column() {
        return column;
    }

    public String description() {
        return description;
    }
}
