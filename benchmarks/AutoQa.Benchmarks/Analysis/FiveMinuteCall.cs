using AutoQa.Transcripts;

namespace AutoQa.Benchmarks.Analysis;

/// <summary>A scripted five-minute stereo call transcript: a greeting, a complaint, troubleshooting, a promise and a closing, with backchannels and an interruption.</summary>
internal static class FiveMinuteCall
{
    private static readonly (Speaker Speaker, string Text)[] Script =
    [
        (Speaker.Agent, "Thank you for calling Lumio support, this is Anna, how can I help you today?"),
        (Speaker.Customer, "Hi Anna, I'm calling about my order of a robot vacuum, it keeps turning itself off."),
        (Speaker.Customer, "This is ridiculous. The robot vacuum keeps turning itself off, and nobody has answered my emails for days."),
        (Speaker.Agent, "mm-hmm"),
        (Speaker.Agent, "I'm so sorry to hear that, I completely understand how frustrating this must be."),
        (Speaker.Agent, "Let me make sure I understood, your robot vacuum keeps turning itself off, is that right?"),
        (Speaker.Customer, "Yes, exactly that."),
        (Speaker.Agent, "Could you give me your order number, please?"),
        (Speaker.Customer, "Sure, it's 482913."),
        (Speaker.Agent, "Could you try holding the power button down until the light flashes?"),
        (Speaker.Customer, "Okay, I did that, but nothing changed."),
        (Speaker.Agent, "The model you have has a safety cut out, so it switches off when the motor gets too warm."),
        (Speaker.Customer, "Do I need to send back the original box as well?"),
        (Speaker.Agent, "Thank you for waiting, I really appreciate it."),
        (Speaker.Agent, "I need to pass this to our technical team, someone will contact you within 48 hours."),
        (Speaker.Customer, "Alright, I hope someone gets back to me."),
    ];

    public static CallTranscript Build(double seconds = 300)
    {
        var segments = new List<TranscriptSegment>();
        var time = 0.5;
        for (var i = 0; time < seconds - 10; i++)
        {
            var (speaker, text) = Script[i % Script.Length];
            var words = text.Split(' ');
            var end = time + (words.Length * 0.33);
            var step = (end - time) / words.Length;
            segments.Add(new TranscriptSegment(
                speaker == Speaker.Agent ? 0 : 1,
                speaker,
                time,
                end,
                text,
                [.. words.Select((w, k) => new TranscriptWord(time + (k * step), time + ((k + 1) * step), w, 0.9f))]));
            time = end + 0.4;
        }

        segments.Add(new TranscriptSegment(0, Speaker.Agent, time, time + 3, "Is there anything else I can help you with today?", []));
        var channels = new[] { Speaker.Agent, Speaker.Customer }
            .Select((speaker, channel) => new ChannelTranscript(channel, speaker, "en", [.. segments.Where(s => s.Speaker == speaker)]))
            .ToList();
        return new CallTranscript("bench-5min", seconds, new TranscriptEngine("scripted", "benchmark"), channels);
    }
}
