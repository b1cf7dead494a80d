using System.Text.RegularExpressions;

namespace AutoQa.Synth.Catalog;

/// <summary>The <c>{slot}</c> placeholder syntax of phrase books.</summary>
internal static partial class SlotPattern
{
    [GeneratedRegex(@"\{([a-z]+)\}")]
    public static partial Regex Placeholder();
}
