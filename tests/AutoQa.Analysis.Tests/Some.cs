namespace AutoQa.Analysis.Tests;

/// <summary>Entry point of the test builders.</summary>
internal static class Some
{
    /// <summary>A stereo call (agent on channel 0) of <paramref name="duration"/> seconds, to fill with utterances.</summary>
    public static CallBuilder Call(double duration = 120, string language = "en") => new(duration, language);

    /// <summary>A good English call in which each party says what marks its role: a greeting, the need restated and confirmed, empathy, a closing check.</summary>
    public static CallBuilder GoodCall() => Call(120)
        .Agent(1, "Thank you for calling Lumio support, my name is Anna, how can I help you today?")
        .Customer(7, "My blender stopped working after a week and I am really disappointed.")
        .Agent(13, "I'm so sorry to hear that. Just to confirm, the blender will not start at all?")
        .Customer(19, "Yes, exactly.")
        .Agent(22, "Please hold the power button for ten seconds, then plug it in again.")
        .Customer(40, "Great, that solves it, thank you so much.")
        .Agent(45, "Is there anything else I can help you with today?")
        .Customer(49, "No, that's all.")
        .Agent(52, "You can always reach us by live chat or email. Have a great day!");
}
