namespace AutoQa.Transcripts;

/// <summary>Who is talking in a call.</summary>
public enum Speaker
{
    /// <summary>Not known yet: a channel before metadata assigned it, or an unlabelled mono segment.</summary>
    Unknown,

    /// <summary>The contact-center agent.</summary>
    Agent,

    /// <summary>The caller.</summary>
    Customer,
}
