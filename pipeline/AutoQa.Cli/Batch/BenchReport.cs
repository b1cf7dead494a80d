using System.Globalization;
using System.Text;
using AutoQa.Batch;
using AutoQa.Batch.Pipeline;

namespace AutoQa.Cli.Batch;

/// <summary>What <c>autoqa bench</c> measured (written as bench-report.json and .md).</summary>
/// <param name="Machine">Cores and OS.</param>
/// <param name="Engine">Engine and model.</param>
/// <param name="Calls">Calls processed.</param>
/// <param name="AudioHours">Hours of audio.</param>
/// <param name="WallSeconds">The pipeline's wall-clock time.</param>
/// <param name="StageBusySeconds">Busy seconds per stage, summed over its workers.</param>
/// <param name="PeakWorkingSetMegabytes">The process's peak working set.</param>
/// <param name="BaselineSeconds">whisper-cli over the whole recordings, or null when not run.</param>
public sealed record BenchReport(
    string Machine,
    string Engine,
    int Calls,
    double AudioHours,
    double WallSeconds,
    IReadOnlyDictionary<string, double> StageBusySeconds,
    double PeakWorkingSetMegabytes,
    double? BaselineSeconds)
{
    /// <summary>Audio seconds per wall second of the whole pipeline.</summary>
    public double RealTimeFactor => AudioHours * 3600 / WallSeconds;

    /// <summary>Audio seconds per busy second of every stage but transcription (one core's work).</summary>
    public double NonAsrRealTimeFactor => AudioHours * 3600 / Math.Max(1e-9, StageBusySeconds.Where(s => s.Key != StageNames.Transcribe).Sum(s => s.Value));

    /// <summary>How many times faster than the whisper-cli baseline, or null.</summary>
    public double? SpeedupOverBaseline => BaselineSeconds / WallSeconds;

    public static BenchReport From(BatchOutcome outcome, string engine, double peakBytes, TimeSpan? baseline) => new(
        $"{Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}",
        engine,
        outcome.Processed,
        outcome.AudioSeconds / 3600,
        outcome.Elapsed.TotalSeconds,
        outcome.StageBusy.ToDictionary(s => s.Key, s => Math.Round(s.Value.TotalSeconds, 2), StringComparer.Ordinal),
        Math.Round(peakBytes / (1024 * 1024), 1),
        baseline?.TotalSeconds);

    public string ToMarkdown()
    {
        var text = new StringBuilder();
        void Line(FormattableString line) => text.AppendLine(line.ToString(CultureInfo.InvariantCulture));
        Line($"| measure | value |");
        Line($"|---|---|");
        Line($"| machine | {Machine} |");
        Line($"| engine | {Engine} |");
        Line($"| calls / audio | {Calls} / {AudioHours * 60:0.0} min |");
        Line($"| pipeline wall | {WallSeconds:0.0} s = {RealTimeFactor:0.0}x real time |");
        foreach (var (stage, seconds) in StageBusySeconds)
        {
            Line($"| stage {stage} busy | {seconds:0.00} s = {AudioHours * 3600 / Math.Max(1e-9, seconds):0.0}x real time |");
        }

        Line($"| all non-ASR stages | {NonAsrRealTimeFactor:0.0}x real time (busy time, one worker each) |");
        Line($"| peak working set | {PeakWorkingSetMegabytes:0} MB |");
        if (BaselineSeconds is { } baseline)
        {
            Line($"| whisper-cli whole files | {baseline:0.0} s = {AudioHours * 3600 / baseline:0.0}x real time |");
            Line($"| AutoQa speed-up over whisper-cli | {SpeedupOverBaseline:0.00}x |");
        }

        return text.ToString();
    }
}
