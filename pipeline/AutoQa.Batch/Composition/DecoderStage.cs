using AutoQa.Audio;
using AutoQa.Audio.Decoding;
using AutoQa.Batch.Stages;

namespace AutoQa.Batch.Composition;

/// <summary>The decode stage over <see cref="AudioDecoder"/> (ffmpeg): a bad recording throws <see cref="AudioDecodingException"/>.</summary>
public sealed class DecoderStage(AudioDecoder decoder) : IDecodeStage
{
    /// <inheritdoc />
    public Task<PcmAudio> DecodeAsync(string path, CancellationToken cancellationToken = default) =>
        decoder.DecodeAsync(path, cancellationToken);
}
