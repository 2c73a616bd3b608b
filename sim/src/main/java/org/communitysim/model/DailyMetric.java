package org.communitysim.model;

import static java.lang.Double.POSITIVE_INFINITY;
import static org.communitysim.model.Direction.HIGHER_IS_BETTER;
import static org.communitysim.model.Direction.LOWER_IS_BETTER;
import static org.communitysim.model.Direction.NEUTRAL;
import static org.communitysim.model.Unit.COUNT;
import static org.communitysim.model.Unit.INDEX;
import static org.communitysim.model.Unit.MONEY;
import static org.communitysim.model.Unit.SHARE;

/**
 * The metrics recorded every day (docs/model.md §6 "Per day"), each declared once: column in per-day output, unit,
 * direction and description. The phase named in each description records it into the {@link DayState}; the
 * declaration order is the column order of every output.
 */
public enum DailyMetric implements Declared {
    MEMBERS("members", COUNT, HIGHER_IS_BETTER, "members at the end of the day (all roles)"),
    ACTIVE("active", COUNT, HIGHER_IS_BETTER, "members not lurking: regular members above the lurk line, plus KOLs"),
    LURKERS("lurkers", COUNT, NEUTRAL, "regular members below the lurk line"),
    ADVERTISERS("advertisers", COUNT, LOWER_IS_BETTER, "advertisers who are members"),
    JOINS("joins", COUNT, HIGHER_IS_BETTER, "people admitted today"),
    JOINS_SEED("joins_seed", COUNT, NEUTRAL, "joins by the seed channel (operator's circle and KOLs, day 0)"),
    JOINS_OUTSIDE("joins_outside", COUNT, HIGHER_IS_BETTER, "joins by outside exposure (public traffic)"),
    JOINS_REFERRAL("joins_referral", COUNT, HIGHER_IS_BETTER, "joins by a member's invitation"),
    LEAVES("leaves", COUNT, LOWER_IS_BETTER, "members who left today (churn, bans and KOL departures)"),
    BANS("bans", COUNT, NEUTRAL, "advertisers banned today"),
    APPLICATIONS("applications", COUNT, HIGHER_IS_BETTER,
            "applications handled today (outside and referred): admitted, rejected or turned away"),
    REJECTIONS("rejections", COUNT, NEUTRAL, "applicants rejected by screening today"),
    TURNED_AWAY("turned_away", COUNT, NEUTRAL, "applicants turned away because the group was full"),
    INVITATIONS_SENT("invitations_sent", COUNT, NEUTRAL, "invitations sent by members"),
    INVITATIONS_ACCEPTED("invitations_accepted", COUNT, HIGHER_IS_BETTER,
            "invitations accepted (the invitee then applies)"),
    POSTS_ON_TOPIC("posts_on_topic", COUNT, HIGHER_IS_BETTER, "on-topic posts by regular members"),
    POSTS_NOISE("posts_noise", COUNT, LOWER_IS_BETTER, "off-topic posts (chatter) by regular members"),
    POSTS_ADS("posts_ads", COUNT, LOWER_IS_BETTER, "ads that survived moderation"),
    ADS_REMOVED("ads_removed", COUNT, NEUTRAL, "ads removed by moderation"),
    POSTS_OPERATOR("posts_operator", COUNT, NEUTRAL, "operator posts that are not promotions"),
    POSTS_KOL("posts_kol", COUNT, HIGHER_IS_BETTER, "KOL posts"),
    POSTS_PROMO("posts_promo", COUNT, NEUTRAL, "operator promotions"),
    MEAN_POST_VALUE("mean_post_value", INDEX, HIGHER_IS_BETTER,
            "mean quality of the day's posts (noise, ads, promotions count 0): signal-to-noise", 0,
            POSITIVE_INFINITY),
    MEAN_SATISFACTION("mean_satisfaction", INDEX, HIGHER_IS_BETTER, "mean satisfaction S of regular members"),
    MEAN_AFFINITY("mean_affinity", INDEX, HIGHER_IS_BETTER, "mean affinity of members to the group topic", 0, 1),
    QUESTIONS_ASKED("questions_asked", COUNT, NEUTRAL, "questions asked by newcomers"),
    QUESTIONS_ANSWERED("questions_answered", COUNT, HIGHER_IS_BETTER, "newcomers' questions answered"),
    PURCHASES("purchases", COUNT, HIGHER_IS_BETTER, "first purchases (new buyers)"),
    REPURCHASES("repurchases", COUNT, HIGHER_IS_BETTER, "repeat purchases by earlier buyers"),
    EVENT("event", SHARE, NEUTRAL, "1 on an event day, else 0"),
    FEE_LAPSES("fee_lapses", COUNT, NEUTRAL, "members who left at renewal because they did not pay the membership fee"),
    REVENUE("revenue", MONEY, HIGHER_IS_BETTER, "revenue booked today: fees, and product price x margin per purchase",
            0, POSITIVE_INFINITY),
    COST("cost", MONEY, LOWER_IS_BETTER,
            "cost booked today: referral rewards, KOL fees, operator time, ad spend, points and coupons", 0,
            POSITIVE_INFINITY),
    CUM_REVENUE("cum_revenue", MONEY, HIGHER_IS_BETTER, "revenue from day 0 to the end of the day", 0,
            POSITIVE_INFINITY),
    CUM_COST("cum_cost", MONEY, LOWER_IS_BETTER, "cost from day 0 to the end of the day", 0, POSITIVE_INFINITY),
    CUM_PROFIT("cum_profit", MONEY, HIGHER_IS_BETTER, "cumulative revenue minus cumulative cost");

    private final Declaration declaration;

    /** A metric whose possible range is its unit's (counts at least 0, shares in [0, 1]). */
    DailyMetric(String column, Unit unit, Direction direction, String description) {
        this.declaration = new Declaration(column, unit, direction, description);
    }

    /** A metric whose possible range is not its unit's: post value and amounts at least 0, affinity in [0, 1]. */
    DailyMetric(String column, Unit unit, Direction direction, String description, double lowest, double highest) {
        this.declaration = new Declaration(column, unit, direction, description, lowest, highest);
    }

    @Override
    public Declaration declaration() {
        return declaration;
    }

    /** {@code daily.<column>}. */
    @Override
    public String labelKey() {
        return "daily." + column();
    }
}
