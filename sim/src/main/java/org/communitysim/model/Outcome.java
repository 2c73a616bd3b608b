package org.communitysim.model;

/** The per-run summary outcomes (docs/model.md §6 "Per run"); the column names of per-run output. */
public enum Outcome {
    PEAK_MEMBERS("peak_members", "maximum members"),
    PEAK_MEMBERS_DAY("peak_members_day", "first day members reached the peak fraction (95%) of their maximum"),
    PEAK_ACTIVE("peak_active", "maximum active members"),
    PEAK_ACTIVE_DAY("peak_active_day", "first day active members reached 95% of their maximum"),
    FINAL_MEMBERS("final_members", "members at the horizon (mean of the last 7 days)"),
    FINAL_ACTIVE("final_active", "active members at the horizon (mean of the last 7 days)"),
    FINAL_ACTIVE_SHARE("final_active_share", "active ÷ members at the horizon (ratio of the last-7-day means)"),
    ACTIVE_RETAINED("active_retained", "active at the horizon ÷ peak active"),
    ACTIVITY_HALF_LIFE("activity_half_life", "days from the day of maximum activity until active members first fall to half of it; NaN if censored"),
    HALF_LIFE_CENSORED("half_life_censored", "1 if activity never fell to half its maximum within the horizon"),
    JOINS_30("joins_30", "joins in days 0..29, seeds excluded"),
    JOINS_TOTAL("joins_total", "all joins, seeds excluded"),
    JOINS_OUTSIDE("joins_outside", "joins by outside exposure"),
    JOINS_REFERRAL("joins_referral", "joins by invitation"),
    RETENTION_30("retention_30", "share of regular joiners (outside and referral) still members 30 days after joining, over cohorts that joined more than 30 days before the horizon"),
    RETENTION_30_REFERRAL("retention_30_referral", "30-day retention of referred joiners"),
    RETENTION_30_OUTSIDE("retention_30_outside", "30-day retention of joiners from outside exposure"),
    CHURN_RATE("churn_rate", "leaves per member-day"),
    VIRAL_K("viral_k", "referral joins ÷ regular people who were ever members, seeds included (viral coefficient K: accepted referrals per member)"),
    GINI_POSTS("gini_posts", "Gini coefficient of posts per member over the inequality window, among members present throughout"),
    TOP1_SHARE("top1_share", "share of those posts written by the top 1% of those members, ranked by posts (at least one member)"),
    TOP10_SHARE("top10_share", "share of those posts written by the top 10% of those members, ranked by posts"),
    NEVER_POSTED_SHARE("never_posted_share", "share of members present throughout the window who never posted in it"),
    INEQUALITY_MEMBERS("inequality_members", "members present throughout the inequality window"),
    CONVERSION_RATE("conversion_rate", "buyers ÷ regular people who were ever members"),
    REPURCHASE_RATE("repurchase_rate", "buyers who bought again ÷ buyers"),
    PURCHASES_TOTAL("purchases_total", "first purchases plus repurchases"),
    DEAD("dead", "1 if active members were below the dead floor on every day of the final window (last 7 days)"),
    DEAD_DAY("dead_day", "for a dead group, the first day from which active members stayed below the floor; NaN if alive"),
    MEAN_AFFINITY_FINAL("mean_affinity_final", "mean affinity of members at the horizon"),
    MEAN_AFFINITY_REFERRAL("mean_affinity_referral", "mean affinity of referral joiners"),
    MEAN_AFFINITY_OUTSIDE("mean_affinity_outside", "mean affinity of outside joiners"),
    INVITATIONS_SENT("invitations_sent", "invitations sent in the whole run"),
    MEAN_REFERRAL_DEPTH("mean_referral_depth", "mean invitation depth of referral joiners (invited by a seed or outside joiner = 1)"),
    POSTS_ON_TOPIC_FINAL("posts_on_topic_final", "on-topic member posts per day at the horizon (mean of the last 7 days)"),
    MEAN_POST_VALUE_FINAL("mean_post_value_final", "mean post value at the horizon (mean of the last 7 days)"),
    MEAN_SATISFACTION_FINAL("mean_satisfaction_final", "mean satisfaction at the horizon (mean of the last 7 days)");

    private final String column;
    private final String description;

    Outcome(String column, String description) {
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
