namespace AutoQa.Events;

/// <summary>The <see cref="QaEvent.Detail"/> values of <see cref="QaEventKind.RedLine"/> events.</summary>
public static class RedLineKinds
{
    /// <summary>An unauthorised promise: a refund with no need to return the item.</summary>
    public const string RefundWithoutReturn = "refund-without-return";

    /// <summary>Disparaging the product, for example calling it not genuine.</summary>
    public const string NotGenuine = "not-genuine";

    /// <summary>Asking for the full card number or the CVV.</summary>
    public const string CardNumber = "card-number";

    /// <summary>Rude or insulting wording.</summary>
    public const string Rudeness = "rudeness";
}
