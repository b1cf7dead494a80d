using System.Text.Json;
using AutoQa.Batch.Output;
using AutoQa.Batch.Progress;
using AutoQa.Batch.Resume;
using AutoQa.Batch.Tests.Support;
using AutoQa.Json;

namespace AutoQa.Batch.Tests;

public sealed class BatchRunnerTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_night_becomes_one_json_per_call_a_summary_and_a_manifest()
    {
        using var folder = new TempFolder();
        await Nights.SpeechAsync(folder.File("night"), 3, Token);
        using var stages = TestPipeline.Stages();

        var outcome = await new BatchRunner(stages, TestPipeline.Configuration(), TestPipeline.Options(folder.File("out"), folder.File("night")))
            .RunAsync(Token);

        Assert.Equal((3, 0, 0, BatchExitCode.AllDone), (outcome.Processed, outcome.Skipped, outcome.Failed, outcome.ExitCode));
        var calls = Directory.GetFiles(folder.File("out/calls"), "*.json").Order().ToList();
        Assert.Equal(["call-01.json", "call-02.json", "call-03.json"], calls.Select(Path.GetFileName));
        var result = await AutoQaJson.ReadFileAsync<CallResult>(calls[1], Token);
        Assert.Equal(2, result.Audio.Channels);
        // The second channel's speech starts after the 2.25 s delay: times are the call's, not a window's.
        Assert.InRange(result.Speech[1][0].Start, 2.0, 2.8);
        Assert.InRange(result.Transcript.Channels[1].Segments[0].Start, 2.0, 2.8);
        var summary = await AutoQaJson.ReadFileAsync<RunSummary>(folder.File("out/summary.json"), Token);
        Assert.Equal(3, summary.Total.Calls);
        Assert.Equal(3, summary.Total.Findings["stereo"]);
        Assert.StartsWith("level,name,team,calls,flagged,scored,average_score,audio_hours,stereo", await File.ReadAllTextAsync(folder.File("out/summary.csv"), Token), StringComparison.Ordinal);
        Assert.Equal(
            ["due,call_id,agent,team,call_start,at_seconds,promised,heard,quote,output",
             "2026-12-04T22:00+01:00,call-01,,,,3.5,PT48H,in full,We will call you back within 48 hours.,calls/call-01.json"],
            (await File.ReadAllLinesAsync(folder.File("out/" + PromisesCsv.FileName), Token)).Take(2));
        var manifest = await AutoQaJson.ReadFileAsync<RunManifest>(folder.File("out/run-manifest.json"), Token);
        Assert.Equal(TestPipeline.Configuration().ComputeHash(), manifest.ConfigHash);
        Assert.Equal(3, manifest.Outcome!.Processed);
    }

    [Fact]
    public async Task Bad_recordings_become_failure_records_and_the_night_goes_on()
    {
        using var folder = new TempFolder();
        await Nights.SpeechAsync(folder.File("night"), 2, Token);
        var bad = Nights.Bad(folder.File("night"));
        using var stages = TestPipeline.Stages();
        var options = TestPipeline.Options(folder.File("out"), [folder.File("night"), .. bad]);

        var outcome = await new BatchRunner(stages, TestPipeline.Configuration(), options).RunAsync(Token);

        Assert.Equal((2, 3, BatchExitCode.PartialFailure), (outcome.Processed, outcome.Failed, outcome.ExitCode));
        var failures = (await File.ReadAllLinesAsync(folder.File("out/failures.jsonl"), Token))
            .Select(line => JsonSerializer.Deserialize<FailureRecord>(line, AutoQaJson.Options)!)
            .ToList();
        Assert.Equal(bad.Order(), failures.Select(f => f.File).Order());
        Assert.All(failures, f => Assert.Equal("decode", f.Stage));
        Assert.All(failures, f => Assert.Contains(Path.GetFileName(f.File), f.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_rerun_skips_calls_already_done_and_a_new_configuration_redoes_them()
    {
        using var folder = new TempFolder();
        await Nights.SpeechAsync(folder.File("night"), 2, Token);
        using var stages = TestPipeline.Stages();
        var options = TestPipeline.Options(folder.File("out"), folder.File("night"));
        await new BatchRunner(stages, TestPipeline.Configuration(), options).RunAsync(Token);

        var rerun = await new BatchRunner(stages, TestPipeline.Configuration(), options).RunAsync(Token);
        var changed = await new BatchRunner(stages, TestPipeline.Configuration("stricter"), options).RunAsync(Token);

        Assert.Equal((0, 2, BatchExitCode.AllDone), (rerun.Processed, rerun.Skipped, rerun.ExitCode));
        Assert.Equal((2, 0), (changed.Processed, changed.Skipped));
    }

    [Fact]
    public async Task A_night_stopped_midway_is_finished_by_a_rerun_without_duplicates_or_torn_files()
    {
        using var folder = new TempFolder();
        await Nights.SpeechAsync(folder.File("night"), 6, Token);
        using var stages = TestPipeline.Stages();
        var options = TestPipeline.Options(folder.File("out"), folder.File("night"));
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Token);
        var progress = new SynchronousProgress(p =>
        {
            if (p.Done >= 2)
            {
                stop.Cancel();
            }
        });

        var stopped = await new BatchRunner(stages, TestPipeline.Configuration(), options) { Progress = progress }.RunAsync(stop.Token);
        var finished = await new BatchRunner(stages, TestPipeline.Configuration(), options).RunAsync(Token);

        Assert.True(stopped.Cancelled);
        Assert.Equal(BatchExitCode.Cancelled, stopped.ExitCode);
        Assert.InRange(stopped.Processed, 2, 5);
        Assert.Equal(6, stopped.Processed + finished.Processed);
        Assert.Equal(stopped.Processed, finished.Skipped);
        var outputs = Directory.GetFiles(folder.File("out"), "*", SearchOption.AllDirectories);
        Assert.DoesNotContain(outputs, f => f.EndsWith(".tmp", StringComparison.Ordinal));
        foreach (var call in Directory.GetFiles(folder.File("out/calls")))
        {
            await AutoQaJson.ReadFileAsync<CallResult>(call, Token);
        }

        Assert.Equal(6, Directory.GetFiles(folder.File("out/calls")).Length);
        var ledger = await RunLedger.OpenAsync(folder.File("out"), Token);
        Assert.Equal(6, ledger.Entries.Select(e => e.CallId).Distinct().Count());
        var summary = await AutoQaJson.ReadFileAsync<RunSummary>(folder.File("out/summary.json"), Token);
        Assert.Equal(6, summary.Total.Calls);
        var promises = await File.ReadAllLinesAsync(folder.File("out/" + PromisesCsv.FileName), Token);
        Assert.Equal(6, promises.Skip(1).Select(line => line.Split(',')[1]).Distinct().Count());
        Assert.Equal(7, promises.Length);
    }

    [Fact]
    public async Task An_empty_night_exits_with_nothing_processed()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("night"));
        using var stages = TestPipeline.Stages();

        var outcome = await new BatchRunner(stages, TestPipeline.Configuration(), TestPipeline.Options(folder.File("out"), folder.File("night"))).RunAsync(Token);

        Assert.Equal(BatchExitCode.NothingProcessed, outcome.ExitCode);
    }

    [Fact]
    public async Task Metadata_in_the_night_folder_names_agents_and_teams_in_the_summary()
    {
        using var folder = new TempFolder();
        await Nights.SpeechAsync(folder.File("night"), 3, Token);
        await File.WriteAllTextAsync(
            folder.File("night/metadata.csv"),
            "call_id,file,agent_id,team,language,agent_channel\nA-1,call-01.wav,anna,north,en,0\nA-2,call-02.mp3,anna,north,en,1\nB-1,call-03.flac,ben,south,en,0\n",
            Token);
        using var stages = TestPipeline.Stages();

        await new BatchRunner(stages, TestPipeline.Configuration(), TestPipeline.Options(folder.File("out"), folder.File("night"))).RunAsync(Token);

        var summary = await AutoQaJson.ReadFileAsync<RunSummary>(folder.File("out/summary.json"), Token);
        Assert.Equal(["anna:2", "ben:1"], summary.Agents.Select(a => $"{a.Name}:{a.Calls}"));
        Assert.Equal(["north", "south"], summary.Teams.Select(t => t.Name));
        var call = await AutoQaJson.ReadFileAsync<CallResult>(folder.File("out/calls/A-2.json"), Token);
        Assert.Equal(1, call.Metadata.AgentChannel);
    }

    /// <summary>Reports on the caller's thread, so the test sees each snapshot before the next call finishes.</summary>
    private sealed class SynchronousProgress(Action<BatchProgress> report) : IProgress<BatchProgress>
    {
        public void Report(BatchProgress value) => report(value);
    }
}
