package org.communitysim.scenario;

/** The behavioural parameters of the daily cycle, one record per step of docs/model.md §4. */
public record Behaviour(
        ExposureParams exposure,
        InvitationParams invitation,
        ScreeningParams screening,
        PostingParams posting,
        ReadingParams reading,
        SocialParams social,
        StateParams state,
        ConversionParams conversion) {
    public Behaviour {
        Declarations.check(Behaviour.class, exposure, invitation, screening, posting, reading, social, state,
                conversion);
    }

    public Behaviour withScreening(ScreeningParams p) {
        return new Behaviour(exposure, invitation, p, posting, reading, social, state, conversion);
    }

    public Behaviour withInvitation(InvitationParams p) {
        return new Behaviour(exposure, p, screening, posting, reading, social, state, conversion);
    }

    public Behaviour withState(StateParams p) {
        return new Behaviour(exposure, invitation, screening, posting, reading, social, p, conversion);
    }

    public Behaviour withPosting(PostingParams p) {
        return new Behaviour(exposure, invitation, screening, p, reading, social, state, conversion);
    }

    public Behaviour withSocial(SocialParams p) {
        return new Behaviour(exposure, invitation, screening, posting, reading, p, state, conversion);
    }

    public Behaviour withReading(ReadingParams p) {
        return new Behaviour(exposure, invitation, screening, posting, p, social, state, conversion);
    }
}
