using System.Text.Json.Nodes;
using AutoQa.Batch;
using AutoQa.Cli.Tests.Support;

namespace AutoQa.Cli.Tests;

public sealed class AnalyzeCommandTests
{
    // Agent on channel 0, customer on channel 1, in the transcript JSON every engine writes.
    private const string Transcript = """
        {
          "schema": "autoqa.transcript/1",
          "callId": "call-7",
          "durationSeconds": 30,
          "engine": { "name": "test", "model": "hand-written" },
          "channels": [
            { "channel": 0, "speaker": "agent", "language": "en", "segments": [
              { "channel": 0, "speaker": "agent", "start": 1, "end": 3, "text": "Thank you for calling Lumio support.", "words": [
                { "start": 1.0, "end": 1.3, "text": "Thank", "probability": 0.9 }, { "start": 1.3, "end": 1.5, "text": "you", "probability": 0.9 },
                { "start": 1.5, "end": 1.7, "text": "for", "probability": 0.9 }, { "start": 1.7, "end": 2.1, "text": "calling", "probability": 0.9 },
                { "start": 2.1, "end": 2.5, "text": "Lumio", "probability": 0.9 }, { "start": 2.5, "end": 3.0, "text": "support.", "probability": 0.9 } ] } ] },
            { "channel": 1, "speaker": "customer", "language": "en", "segments": [
              { "channel": 1, "speaker": "customer", "start": 4, "end": 6, "text": "My blender will not charge.", "words": [
                { "start": 4.0, "end": 4.3, "text": "My", "probability": 0.9 }, { "start": 4.3, "end": 4.8, "text": "blender", "probability": 0.9 },
                { "start": 4.8, "end": 5.0, "text": "will", "probability": 0.9 }, { "start": 5.0, "end": 5.3, "text": "not", "probability": 0.9 },
                { "start": 5.3, "end": 6.0, "text": "charge.", "probability": 0.9 } ] } ] }
          ]
        }
        """;

    private const string Greeting = """
        { "channel": 0, "speaker": "agent", "start": 1, "end": 3, "text": "Thank you for calling Lumio support.", "words": [
                { "start": 1.0, "end": 1.3, "text": "Thank", "probability": 0.9 }, { "start": 1.3, "end": 1.5, "text": "you", "probability": 0.9 },
                { "start": 1.5, "end": 1.7, "text": "for", "probability": 0.9 }, { "start": 1.7, "end": 2.1, "text": "calling", "probability": 0.9 },
                { "start": 2.1, "end": 2.5, "text": "Lumio", "probability": 0.9 }, { "start": 2.5, "end": 3.0, "text": "support.", "probability": 0.9 } ] }
        """;

    [Fact]
    public async Task A_bad_transcript_is_reported_by_name_and_the_good_one_is_still_scored()
    {
        using var folder = new TempFolder();
        await File.WriteAllTextAsync(folder.File("a.transcript.json"), "{ not json", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(folder.File("b.transcript.json"), Transcript, TestContext.Current.CancellationToken);

        var result = await AutoQaProcess.RunAsync("analyze", folder.Path, "--out", folder.File("qa"), "--no-sentiment");

        Assert.Equal(BatchExitCode.PartialFailure, result.ExitCode);
        Assert.Contains($"{folder.File("a.transcript.json")}: not valid JSON", result.Error, StringComparison.Ordinal);
        Assert.Contains("1 call(s) analysed", result.Output, StringComparison.Ordinal);
        Assert.Contains("1 failed", result.Output, StringComparison.Ordinal);
        var qa = JsonNode.Parse(await File.ReadAllTextAsync(folder.File("qa/call-7.qa.json"), TestContext.Current.CancellationToken))!;
        Assert.Contains(qa["analysis"]!["events"]!.AsArray(), e => e!["kind"]!.GetValue<string>() == "greeting");
        Assert.NotNull(qa["scorecard"]!["items"]);
    }

    [Fact]
    public async Task The_metadata_beside_the_transcripts_dates_the_agents_promises()
    {
        using var folder = new TempFolder();
        var promising = Transcript.Replace(Greeting, AgentSays("We will call you back by 5 pm."), StringComparison.Ordinal);
        await File.WriteAllTextAsync(folder.File("b.transcript.json"), promising, TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(
            folder.File("metadata.csv"),
            "call_id,file,agent_id,team,language,agent_channel,start_time\ncall-7,call-7.wav,anna,returns,en,0,2026-12-02T10:00:00+01:00\n",
            TestContext.Current.CancellationToken);

        var result = await AutoQaProcess.RunAsync("analyze", folder.Path, "--out", folder.File("qa"), "--no-sentiment");

        Assert.Equal(BatchExitCode.AllDone, result.ExitCode);
        var promises = await File.ReadAllLinesAsync(folder.File("qa/promises.csv"), TestContext.Current.CancellationToken);
        Assert.Equal("2026-12-02T17:00+01:00,call-7,anna,returns,2026-12-02T10:00:00+01:00,2.5,PT7H,in full,We will call you back by 5 pm.,call-7.qa.json", promises[1]);
    }

    [Fact]
    public async Task A_past_nights_run_output_is_analysed_again_with_the_metadata_stored_in_its_call_files()
    {
        using var folder = new TempFolder();
        var transcript = Transcript.Replace(Greeting, AgentSays("We will call you back by 5 pm."), StringComparison.Ordinal);
        Directory.CreateDirectory(folder.File("run/calls"));
        await File.WriteAllTextAsync(
            folder.File("run/calls/call-7.json"),
            $$"""{ "schema": "autoqa.call/1", "callId": "call-7", "metadata": { "callId": "call-7", "agentId": "anna", "team": "returns", "agentChannel": 0, "startTime": "2026-12-02T10:00:00+01:00" }, "transcript": {{transcript}} }""",
            TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(folder.File("run/summary.json"), """{ "calls": 1 }""", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(folder.File("run/calls/call-8.json"), """{ "schema": "autoqa.qa/1" }""", TestContext.Current.CancellationToken);

        var result = await AutoQaProcess.RunAsync("analyze", folder.File("run"), "--out", folder.File("qa"), "--no-sentiment");

        Assert.Equal(BatchExitCode.PartialFailure, result.ExitCode);
        Assert.Contains($"{folder.File("run/calls/call-8.json")}: schema 'autoqa.qa/1' is neither a transcript", result.Error, StringComparison.Ordinal);
        var promises = await File.ReadAllLinesAsync(folder.File("qa/promises.csv"), TestContext.Current.CancellationToken);
        Assert.Equal("2026-12-02T17:00+01:00,call-7,anna,returns,2026-12-02T10:00:00+01:00,2.5,PT7H,in full,We will call you back by 5 pm.,call-7.qa.json", promises[1]);
    }

    [Fact]
    public async Task A_score_resting_on_few_decided_items_is_printed_as_provisional()
    {
        // The greeting misheard, its words heard with little confidence: the phrase items go to a person.
        using var folder = new TempFolder();
        var misheard = Transcript.Replace(Greeting, AgentSays("hi thanks for cooling the loom you help lying", probability: 0.2), StringComparison.Ordinal);
        await File.WriteAllTextAsync(folder.File("b.transcript.json"), misheard, TestContext.Current.CancellationToken);

        var result = await AutoQaProcess.RunAsync("analyze", folder.Path, "--out", folder.File("qa"), "--no-sentiment");

        Assert.Equal(BatchExitCode.AllDone, result.ExitCode);
        Assert.Matches(@"call-7: score [\d.]+ provisional \(\d+ % decided\), review \(\w+: [^)]*undecided", result.Output);
        var scorecard = JsonNode.Parse(await File.ReadAllTextAsync(folder.File("qa/call-7.qa.json"), TestContext.Current.CancellationToken))!["scorecard"]!;
        Assert.True(scorecard["provisional"]!.GetValue<bool>());
    }

    // An agent segment from 1 s, a word every 0.3 s.
    private static string AgentSays(string sentence, double probability = 0.9)
    {
        var words = sentence.Split(' ');
        var json = words.Select((w, i) => $$"""{ "start": {{1 + (0.3 * i):0.0}}, "end": {{1.3 + (0.3 * i):0.0}}, "text": "{{w}}", "probability": {{probability:0.0}} }""");
        return $$"""{ "channel": 0, "speaker": "agent", "start": 1, "end": {{1 + (0.3 * words.Length):0.0}}, "text": "{{sentence}}", "words": [ {{string.Join(", ", json)}} ] }""";
    }

    [Fact]
    public async Task A_diarisers_transcript_is_read_with_the_voice_that_greets_as_the_agent()
    {
        using var folder = new TempFolder();
        string[] segments =
        [
            Voiced("SPEAKER_01", 1, "Thank you for calling Lumio support, my name is Anna, how can I help you today?"),
            Voiced("SPEAKER_00", 8, "My blender will not charge and I am really disappointed."),
            Voiced("SPEAKER_01", 14, "I am so sorry to hear that. Is there anything else I can help you with?"),
        ];
        var transcript = $$"""
            { "schema": "autoqa.transcript/1", "callId": "call-9", "durationSeconds": 30, "engine": { "name": "other", "model": "diarised" },
              "channels": [{ "channel": 0, "speaker": "unknown", "language": "en", "segments": [ {{string.Join(", ", segments)}} ] }] }
            """;
        await File.WriteAllTextAsync(folder.File("c.transcript.json"), transcript, TestContext.Current.CancellationToken);

        var result = await AutoQaProcess.RunAsync("analyze", folder.Path, "--out", folder.File("qa"), "--no-sentiment");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("call-9: score ", result.Output, StringComparison.Ordinal);
        Assert.Contains(", the agent is SPEAKER_01", result.Output, StringComparison.Ordinal);
        var qa = JsonNode.Parse(await File.ReadAllTextAsync(folder.File("qa/call-9.qa.json"), TestContext.Current.CancellationToken))!;
        Assert.Equal("SPEAKER_01", qa["analysis"]!["agentVoice"]!.GetValue<string>());
    }

    // A mono segment as a diariser writes it: a voice, no role.
    private static string Voiced(string voice, double start, string sentence)
    {
        var words = sentence.Split(' ');
        var json = words.Select((w, i) => $$"""{ "start": {{start + (0.3 * i):0.0}}, "end": {{start + 0.3 + (0.3 * i):0.0}}, "text": "{{w}}", "probability": 0.9 }""");
        return $$"""{ "channel": 0, "speaker": "unknown", "voice": "{{voice}}", "start": {{start}}, "end": {{start + (0.3 * words.Length):0.0}}, "text": "{{sentence}}", "words": [ {{string.Join(", ", json)}} ] }""";
    }

    [Fact]
    public async Task When_every_transcript_fails_nothing_is_processed()
    {
        using var folder = new TempFolder();
        await File.WriteAllTextAsync(folder.File("a.transcript.json"), "null", TestContext.Current.CancellationToken);

        var result = await AutoQaProcess.RunAsync("analyze", folder.Path, "--out", folder.File("qa"), "--no-sentiment");

        Assert.Equal(BatchExitCode.NothingProcessed, result.ExitCode);
        Assert.Contains($"{folder.File("a.transcript.json")}: expected a JSON object", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.File("qa")) && Directory.EnumerateFiles(folder.File("qa")).Any());
    }

    [Fact]
    public async Task A_missing_input_is_an_error_naming_it()
    {
        var result = await AutoQaProcess.RunAsync("analyze", "/nowhere/night", "--no-sentiment");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("/nowhere/night: no such transcript file or folder", result.Error, StringComparison.Ordinal);
    }
}
