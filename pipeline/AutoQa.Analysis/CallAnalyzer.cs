using AutoQa.Analysis.Detectors;
using AutoQa.Analysis.Phrases;
using AutoQa.Analysis.Text;
using AutoQa.Analysis.Timeline;
using AutoQa.Calls;
using AutoQa.Events;
using AutoQa.Sentiment;
using AutoQa.Transcripts;

namespace AutoQa.Analysis;

/// <summary>
/// Finds what a QA lead looks for in a transcript: turns, timeline measures, interruptions, long complaints,
/// dead air, holds, and the phrase events of the call's language (none in a language without a phrase pack).
/// Thread-safe: one instance serves every worker.
/// </summary>
public sealed class CallAnalyzer
{
    private const int AnyWordsBackchannelMaxWords = 2;

    private readonly AnalysisOptions options;
    private readonly Dictionary<string, CompiledPhrasePack> packs;
    private readonly ISentimentScorer? sentiment;
    private readonly TurnBuilder turnBuilder;

    // A call in a language without a pack is read with no phrases: another language's pack would find every
    // phrase missing.
    private readonly CompiledPhrasePack noPhrases;

    /// <summary>Creates an analyser.</summary>
    /// <param name="options">Detector thresholds; validated here.</param>
    /// <param name="packs">Phrase packs by language; the options' default language must be among them.</param>
    /// <param name="sentiment">Scores every turn, and lets strongly negative customer turns count as frustration; null to use the packs' frustration phrases alone.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    /// <exception cref="ArgumentException">No pack for the default language.</exception>
    public CallAnalyzer(AnalysisOptions options, IReadOnlyDictionary<string, PhrasePack> packs, ISentimentScorer? sentiment = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(packs);
        options.Validate();
        this.options = options;
        this.packs = packs.Values.ToDictionary(p => p.Language, p => new CompiledPhrasePack(p, options), StringComparer.OrdinalIgnoreCase);
        if (!this.packs.ContainsKey(options.DefaultLanguage))
        {
            throw new ArgumentException($"no phrase pack for the default language '{options.DefaultLanguage}'", nameof(packs));
        }

        this.sentiment = sentiment;
        noPhrases = new CompiledPhrasePack(new PhrasePack(), options);
        turnBuilder = new TurnBuilder(
            options.UtteranceGapSeconds,
            options.WordPauseSplitSeconds,
            new SensitiveDataMasker(packs.Values.SelectMany(p => p.DigitWords)),
            new Hallucinations(packs.Values.SelectMany(p => p.Hallucinations)));
    }

    /// <summary>An analyser with the phrase packs that ship beside the program.</summary>
    /// <exception cref="PhrasePackException">A shipped pack cannot be read.</exception>
    public static CallAnalyzer CreateDefault(AnalysisOptions? options = null, ISentimentScorer? sentiment = null) =>
        new(options ?? new AnalysisOptions(), PhrasePackLoader.LoadFolder(PhrasePackLoader.DefaultFolder), sentiment);

    /// <summary>Analyses one call.</summary>
    /// <param name="transcript">The transcript, from any engine or the generator's ground truth.</param>
    /// <param name="metadata">Which channel is the agent, the customer's language, and when the call started (for "by Friday").</param>
    /// <param name="audioFindings">Audio defects the audio stage measured per channel; carried into the events, each on the other party when the sides are read swapped.</param>
    public CallAnalysis Analyze(CallTranscript transcript, CallMetadata metadata, IReadOnlyList<QaEvent>? audioFindings = null)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        ArgumentNullException.ThrowIfNull(metadata);
        var language = LanguageTags.Primary(metadata.Language ?? transcript.Channels.Select(c => c.Language).FirstOrDefault(l => l is not null))
            ?? options.DefaultLanguage;
        var read = packs.TryGetValue(language, out var pack);
        pack ??= noPhrases;
        var (turns, unattributed, agentVoice) = Attribute(transcript, metadata, read ? pack : null);

        var scores = sentiment is not null && read && turns.Count > 0 ? sentiment.Score([.. turns.Select(t => t.Text)]) : null;
        var analysed = new List<AnalysedTurn>(turns.Count);
        for (var i = 0; i < turns.Count; i++)
        {
            analysed.Add(Analyse(turns[i], scores?[i], pack));
        }

        var swapped = unattributed == 0 && agentVoice is null && read && SwappedSides.AreSwapped(analysed, pack);
        for (var i = 0; swapped && i < turns.Count; i++)
        {
            analysed[i] = Analyse(turns[i] with { Speaker = SwappedSides.Other(turns[i].Speaker) }, scores?[i], pack);
        }

        var duration = Math.Max(transcript.DurationSeconds, turns.Count > 0 ? turns.Max(t => t.End) : 0);
        var call = new CallContext(analysed, options, pack, duration, metadata.StartTime);
        var events = new List<QaEvent>();
        var partialPhrases = new List<QaEvent>();
        DeadAirDetector.Detect(call, events);
        HoldDetector.Detect(call, events);
        if (unattributed == 0)
        {
            GreetingDetector.Detect(call, events);
            PhraseEventDetector.Detect(call, events, partialPhrases);
            InterruptionDetector.Detect(call, events);
            LongComplaintDetector.Detect(call, events);
        }

        events.AddRange((audioFindings ?? []).Select(e => swapped ? e with { Speaker = SwappedSides.Other(e.Speaker) } : e));
        events.Sort((a, b) => a.Range.Start.CompareTo(b.Range.Start));
        var finalTurns = analysed.ConvertAll(t => t.Turn);
        return new CallAnalysis(
            transcript.CallId,
            language,
            duration,
            finalTurns,
            MetricsCalculator.Compute(finalTurns, events, duration, options),
            events,
            partialPhrases,
            ResolutionDetector.Detect(call),
            call.ClosingWindowStart,
            metadata.StartTime,
            unattributed,
            NoPhrasePack: !read,
            SidesSwapped: swapped,
            AgentVoice: agentVoice);
    }

    // The call's utterances and who said them: the transcript's labels or the channel layout; on mono without them,
    // a diariser's voices when the words (read with the call's pack) tell which is the agent's; else an unknown
    // speaker's, with the seconds of such speech.
    private (List<Turn> Turns, double Unattributed, string? AgentVoice) Attribute(CallTranscript transcript, CallMetadata metadata, CompiledPhrasePack? pack)
    {
        var turns = turnBuilder.Build(transcript, metadata);
        var unattributed = turns.Count == 0 ? turnBuilder.UnattributedSeconds(transcript, metadata) : 0;
        if (unattributed == 0)
        {
            return (turns, 0, null);
        }

        if (pack is not null)
        {
            // Each voice read as the agent's in turn: the reading whose role phrases clearly win names the agent.
            var readings = Voices.Of(transcript)
                .Select(voice => (Voice: voice, Turns: turnBuilder.Build(Voices.WithAgent(transcript, voice), metadata)))
                .Select(reading => (reading.Voice, reading.Turns, Told: SwappedSides.RolePhrases(reading.Turns.ConvertAll(t => Analyse(t, null, pack)))))
                .OrderByDescending(reading => reading.Told)
                .ToList();
            if (readings.Count >= 2 && readings[0].Told >= readings[1].Told + SwappedSides.Margin)
            {
                return (readings[0].Turns, 0, readings[0].Voice);
            }
        }

        return (turnBuilder.Build(transcript, metadata, keepUnattributed: true), unattributed, null);
    }

    private AnalysedTurn Analyse(Turn turn, SentimentScore? score, CompiledPhrasePack pack)
    {
        var tokens = new List<Token>(turn.Words.Count + 4);
        var clause = 0;
        for (var w = 0; w < turn.Words.Count; w++)
        {
            pack.Tokenizer.Append(turn.Words[w].Text, w, ref clause, tokens);
        }

        var matches = pack.Matcher.Match(tokens, pack.Matcher.Identify(tokens), turn.Speaker);
        // One or two words under the limit are a backchannel whatever they read: too short to take the floor, and
        // recognisers turn "mm-hmm" into "I" or "that", "I see" into "I kept".
        var words = SpokenWords(turn.Words);
        var backchannel = turn.Duration < options.BackchannelMaxSeconds
            && words is > 0 && words <= options.BackchannelMaxWords
            && (words <= AnyWordsBackchannelMaxWords || matches.Exists(m => m.Intent == PhraseIntents.Backchannel && !m.Partial));
        return new AnalysedTurn(turn with { Sentiment = score, Backchannel = backchannel }, tokens, matches);
    }

    // A recogniser with letters in its dictionary spells a hum out (PocketSphinx: "m m h m m" for "mm-hmm"): a run
    // of single hum letters is one word.
    private static int SpokenWords(IReadOnlyList<TranscriptWord> words)
    {
        var count = 0;
        for (var w = 0; w < words.Count; w++)
        {
            count += w > 0 && IsHumLetter(words[w].Text) && IsHumLetter(words[w - 1].Text) ? 0 : 1;
        }

        return count;
    }

    private static bool IsHumLetter(string word) => word.Trim('.', ',', '-', '!', '?').ToLowerInvariant() is "m" or "h" or "n" or "u";
}
