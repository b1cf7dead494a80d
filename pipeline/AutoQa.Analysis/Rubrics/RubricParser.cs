using AutoQa.Analysis.Triage;
using AutoQa.Events;
using AutoQa.Rubric;
using AutoQa.Transcripts;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace AutoQa.Analysis.Rubrics;

/// <summary>Turns rubric YAML into a <see cref="RubricDefinition"/>, collecting every problem with its line.</summary>
internal sealed class RubricParser
{
    private const string Human = "human";
    private static readonly string[] TopKeys = ["name", "analysis", "triage", "sections"];
    private static readonly string[] SectionKeys = ["id", "title", "weight", "items"];
    private static readonly string[] ItemKeys =
        ["id", "title", "points", "critical", "detector", "detail", "speaker", "window", "na-unless", "negate", "if-found", "if-missing", "resolved", "unresolved", "hints"];
    private static readonly string[] WindowKeys = ["from", "seconds", "inside"];
    private static readonly string[] OutcomeKeys = ["if-found", "if-missing"];

    private readonly YamlProblems problems = new();
    private readonly HashSet<string> ids = new(StringComparer.Ordinal);

    public IReadOnlyList<RubricProblem> Problems => problems.Problems;

    public RubricDefinition? Parse(string text)
    {
        var stream = new YamlStream();
        var parser = new Parser(new StringReader(text));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException ex)
        {
            problems.Problems.Add(new RubricProblem((int)ex.Start.Line, (int)ex.Start.Column, $"not valid YAML: {ex.Message}"));
            return null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet gives up this way, where it was reading, on a '[' or '{' left open ("speaker: [agent") or an
            // entry without a key (a line of ":").
            var at = parser.Current?.Start ?? Mark.Empty;
            var cause = ex is InvalidOperationException ? "a '[' or '{' is not closed" : "an entry has no key or no value";
            problems.Problems.Add(new RubricProblem((int)at.Line, (int)at.Column, $"not valid YAML: {cause}"));
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            problems.Problems.Add(new RubricProblem(1, 1, "the file is empty"));
            return null;
        }

        var root = stream.Documents[0].RootNode;
        var top = problems.Mapping(root, "the rubric", TopKeys);
        var name = problems.Text(top, "name", root, required: true) ?? "";
        var analysis = OptionsBlock.Read<AnalysisOptions>(top.GetValueOrDefault("analysis"), "analysis", problems, o => o.Validate());
        var triage = OptionsBlock.Read<TriageOptions>(top.GetValueOrDefault("triage"), "triage", problems, o => o.Validate());
        var sections = new List<RubricSection>();
        if (!top.TryGetValue("sections", out var sectionsNode))
        {
            problems.Add(root, "'sections' is required");
        }
        else
        {
            sections.AddRange(problems.Sequence(sectionsNode, "'sections'").Select(ParseSection).OfType<RubricSection>());
            if (sections.Count == 0 && sectionsNode is YamlSequenceNode)
            {
                problems.Add(sectionsNode, "a rubric needs at least one section");
            }
        }

        return problems.Problems.Count == 0 ? new RubricDefinition(name, sections, analysis, triage) : null;
    }

    private RubricSection? ParseSection(YamlNode node)
    {
        var entries = problems.Mapping(node, "a section", SectionKeys);
        var id = UniqueId(entries, node);
        var weight = problems.Number(entries, "weight", node, required: true);
        var items = new List<RubricItem>();
        if (entries.TryGetValue("items", out var itemsNode))
        {
            items.AddRange(problems.Sequence(itemsNode, "'items'").Select(ParseItem).OfType<RubricItem>());
        }
        else
        {
            problems.Add(node, $"section '{id}' needs 'items'");
        }

        return id is null || weight is null ? null : new RubricSection(id, problems.Text(entries, "title", node, false) ?? id, weight.Value, items);
    }

    private RubricItem? ParseItem(YamlNode node)
    {
        var entries = problems.Mapping(node, "an item", ItemKeys);
        var id = UniqueId(entries, node);
        var points = problems.Number(entries, "points", node, required: true);
        var detector = problems.Text(entries, "detector", node, required: true);
        QaEventKind? kind = null;
        if (detector is not null and not Human)
        {
            if (KebabNames.TryParse<QaEventKind>(detector, out var parsed))
            {
                kind = parsed;
            }
            else
            {
                problems.Add(entries["detector"], $"'detector' must be '{Human}' or one of: {KebabNames.List<QaEventKind>()}; not '{detector}'");
            }
        }

        var negate = problems.Flag(entries, "negate", node);
        var outcome = ParseOutcome(entries, node, negate ? OutcomeRule.Forbidden : OutcomeRule.Expected);
        var item = new RubricItem
        {
            Id = id ?? "",
            Title = problems.Text(entries, "title", node, false) ?? id ?? "",
            Points = points ?? 0,
            Critical = problems.Flag(entries, "critical", node),
            Event = kind,
            Detail = problems.Text(entries, "detail", node, false),
            Speaker = problems.Choice<Speaker>(entries, "speaker", node),
            Window = entries.TryGetValue("window", out var window) ? ParseWindow(window) : null,
            NotApplicableUnless = problems.Choice<QaEventKind>(entries, "na-unless", node),
            Outcome = outcome,
            WhenResolved = entries.TryGetValue("resolved", out var resolved) ? ParseOutcome(problems.Mapping(resolved, "'resolved'", OutcomeKeys), resolved, outcome) : null,
            WhenUnresolved = entries.TryGetValue("unresolved", out var unresolved) ? ParseOutcome(problems.Mapping(unresolved, "'unresolved'", OutcomeKeys), unresolved, outcome) : null,
            Hints = entries.TryGetValue("hints", out var hints) ? ParseHints(hints) : [],
            Line = (int)node.Start.Line,
        };
        return id is null || points is null || detector is null ? null : item;
    }

    private ItemWindow ParseWindow(YamlNode node)
    {
        var entries = problems.Mapping(node, "'window'", WindowKeys);
        return new ItemWindow(
            problems.Choice<WindowAnchor>(entries, "from", node) ?? WindowAnchor.CallStart,
            problems.Number(entries, "seconds", node, required: false),
            problems.Choice<QaEventKind>(entries, "inside", node));
    }

    private OutcomeRule ParseOutcome(Dictionary<string, YamlNode> entries, YamlNode owner, OutcomeRule fallback) =>
        new(Answer(entries, "if-found", owner) ?? fallback.IfFound, Answer(entries, "if-missing", owner) ?? fallback.IfMissing);

    private RubricAnswer? Answer(Dictionary<string, YamlNode> entries, string key, YamlNode owner) =>
        problems.Text(entries, key, owner, required: false) == "na" ? RubricAnswer.NotApplicable : problems.Choice<RubricAnswer>(entries, key, owner);

    private List<QaEventKind> ParseHints(YamlNode node)
    {
        var kinds = new List<QaEventKind>();
        foreach (var hint in problems.Sequence(node, "'hints'"))
        {
            if (hint is YamlScalarNode { Value: { } text } && KebabNames.TryParse<QaEventKind>(text, out var kind))
            {
                kinds.Add(kind);
            }
            else
            {
                problems.Add(hint, $"a hint must be one of: {KebabNames.List<QaEventKind>()}");
            }
        }

        return kinds;
    }

    private string? UniqueId(Dictionary<string, YamlNode> entries, YamlNode owner)
    {
        var id = problems.Text(entries, "id", owner, required: true);
        if (id is not null && !ids.Add(id))
        {
            problems.Add(entries["id"], $"the id '{id}' is used twice");
        }

        return id;
    }
}
