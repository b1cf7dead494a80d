namespace AutoQa.Analysis.Detectors;

/// <summary>How an agent turn gives the customer's words back.</summary>
internal enum Restated
{
    /// <summary>A question with enough of the customer's words: attention.</summary>
    AsQuestion,

    /// <summary>A question one word short: attention heard in part.</summary>
    InPart,

    /// <summary>A statement with enough of the customer's words: attention once the customer confirms it.</summary>
    AsStatement,
}
