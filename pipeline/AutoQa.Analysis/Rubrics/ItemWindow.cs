using AutoQa.Events;

namespace AutoQa.Analysis.Rubrics;

/// <summary>Where in the call an item's event must start to count.</summary>
/// <param name="From">The anchor the window starts at.</param>
/// <param name="Seconds">The window's length after the anchor, or null for the rest of the call.</param>
/// <param name="Inside">When set, the event must also start inside an event of this kind (an interruption inside a long complaint).</param>
public sealed record ItemWindow(WindowAnchor From = WindowAnchor.CallStart, double? Seconds = null, QaEventKind? Inside = null);
