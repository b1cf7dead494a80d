using AutoQa.Json;
using AutoQa.Synth.Tests.Support;
using AutoQa.Synth.Truth;
using AutoQa.Transcripts;

namespace AutoQa.Synth.Tests.Truth;

public sealed class GroundTruthTranscriptTests(SynthCorpus corpus)
{
    [Fact]
    public async Task The_written_transcript_holds_every_utterance_with_words_spread_over_its_time()
    {
        var call = await corpus.CallAsync(Scenarios.GoodCall);
        var path = Path.Combine(corpus.Writer.Folder, "truth", $"{call.Truth.CallId}.transcript.json");

        var transcript = await AutoQaJson.ReadFileAsync<CallTranscript>(path, TestContext.Current.CancellationToken);

        Assert.Equal(GroundTruthTranscript.EngineName, transcript.Engine.Name);
        Assert.Equal(CallTranscript.SchemaId, transcript.Schema);
        var segments = transcript.SegmentsInTimeOrder().ToList();
        Assert.Equal(call.Truth.Utterances.Count, segments.Count);
        foreach (var segment in segments)
        {
            Assert.Equal(segment.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries), segment.Words.Select(w => w.Text));
            Assert.Equal(segment.Start, segment.Words[0].Start, 5);
            Assert.Equal(segment.End, segment.Words[^1].End, 5);
            Assert.All(segment.Words.Zip(segment.Words.Skip(1)), pair => Assert.True(pair.First.End <= pair.Second.Start));
            Assert.Equal(segment.Channel == call.Truth.AgentChannel ? Speaker.Agent : Speaker.Customer, segment.Speaker);
        }
    }
}
