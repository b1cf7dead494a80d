using AutoQa.Audio;

namespace AutoQa.Batch.Stages;

/// <summary>Turns a recording into 16 kHz float PCM per channel. Implementations are thread-safe.</summary>
public interface IDecodeStage
{
    /// <summary>Decodes <paramref name="path"/>.</summary>
    /// <exception cref="Exception">Any failure becomes the call's failure record; the message should name the cause.</exception>
    Task<PcmAudio> DecodeAsync(string path, CancellationToken cancellationToken = default);
}
