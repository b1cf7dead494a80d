using AutoQa.Json;
using AutoQa.Transcripts;

namespace AutoQa.Transcription.Evaluation;

/// <summary>
/// Scores a transcript against a reference file: a ground-truth transcript JSON (as <c>autoqa synth</c> writes
/// into truth/*.transcript.json) gives a word error rate per channel and for the whole call; any other file is read
/// as plain text and compared with the whole call.
/// </summary>
public static class ReferenceComparison
{
    /// <summary>Label of the whole-call figure.</summary>
    public const string WholeCall = "call";

    /// <summary>Word error rates by label ("channel 0", "channel 1", ..., then <see cref="WholeCall"/>).</summary>
    /// <exception cref="FileNotFoundException">The reference file does not exist.</exception>
    /// <exception cref="InvalidDataException">A .json reference is not a transcript; the message names the file.</exception>
    public static async Task<IReadOnlyList<KeyValuePair<string, WordErrorRate>>> CompareAsync(
        CallTranscript transcript, string referencePath, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        ArgumentException.ThrowIfNullOrWhiteSpace(referencePath);
        if (!File.Exists(referencePath))
        {
            throw new FileNotFoundException($"{referencePath}: the reference file does not exist.", referencePath);
        }

        if (!referencePath.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            var text = await File.ReadAllTextAsync(referencePath, cancellationToken);
            return [new(WholeCall, WordErrorRate.Measure(text, TextOf(transcript.Channels)))];
        }

        var reference = await AutoQaJson.ReadFileAsync<CallTranscript>(referencePath, cancellationToken);
        var rates = new List<KeyValuePair<string, WordErrorRate>>();
        foreach (var channel in reference.Channels)
        {
            var heard = transcript.Channels.Where(c => c.Channel == channel.Channel).ToList();
            rates.Add(new($"channel {channel.Channel}", WordErrorRate.Measure(TextOf([channel]), TextOf(heard))));
        }

        rates.Add(new(WholeCall, WordErrorRate.Measure(TextOf(reference.Channels), TextOf(transcript.Channels))));
        return rates;
    }

    /// <summary>The channels' text, channel after channel, each in time order.</summary>
    private static string TextOf(IEnumerable<ChannelTranscript> channels) =>
        string.Join(' ', channels.OrderBy(c => c.Channel).SelectMany(c => c.Segments.OrderBy(s => s.Start)).Select(s => s.Text));
}
