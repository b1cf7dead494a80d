using System.Runtime.InteropServices;
using AutoQa.Whisper.Native;

namespace AutoQa.Whisper.Tests.Native;

/// <summary>
/// The managed mirrors of whisper.h 1.9.1's structs must match the C layout byte for byte. The expected numbers are
/// what gcc gives for whisper.h on x86-64/arm64 Linux (sizeof and offsetof), so a field added or moved in the
/// binding fails here instead of corrupting memory.
/// </summary>
public sealed class NativeLayoutTests
{
    [Fact]
    public void Whisper_full_params_matches_the_C_layout()
    {
        Assert.SkipUnless(Environment.Is64BitProcess, "the offsets are those of a 64-bit build");

        Assert.Equal(304, Marshal.SizeOf<WhisperFullParams>());
        Assert.Equal(28, Offset<WhisperFullParams>(nameof(WhisperFullParams.TokenTimestamps)));
        Assert.Equal(64, Offset<WhisperFullParams>(nameof(WhisperFullParams.SuppressRegex)));
        Assert.Equal(80, Offset<WhisperFullParams>(nameof(WhisperFullParams.CarryInitialPrompt)));
        Assert.Equal(104, Offset<WhisperFullParams>(nameof(WhisperFullParams.Language)));
        Assert.Equal(114, Offset<WhisperFullParams>(nameof(WhisperFullParams.SuppressNst)));
        Assert.Equal(116, Offset<WhisperFullParams>(nameof(WhisperFullParams.Temperature)));
        Assert.Equal(140, Offset<WhisperFullParams>(nameof(WhisperFullParams.NoSpeechThold)));
        Assert.Equal(144, Offset<WhisperFullParams>(nameof(WhisperFullParams.GreedyBestOf)));
        Assert.Equal(148, Offset<WhisperFullParams>(nameof(WhisperFullParams.BeamSearchBeamSize)));
        Assert.Equal(160, Offset<WhisperFullParams>(nameof(WhisperFullParams.NewSegmentCallback)));
        Assert.Equal(192, Offset<WhisperFullParams>(nameof(WhisperFullParams.EncoderBeginCallback)));
        Assert.Equal(208, Offset<WhisperFullParams>(nameof(WhisperFullParams.AbortCallback)));
        Assert.Equal(216, Offset<WhisperFullParams>(nameof(WhisperFullParams.AbortCallbackUserData)));
        Assert.Equal(240, Offset<WhisperFullParams>(nameof(WhisperFullParams.GrammarRules)));
        Assert.Equal(264, Offset<WhisperFullParams>(nameof(WhisperFullParams.GrammarPenalty)));
        Assert.Equal(268, Offset<WhisperFullParams>(nameof(WhisperFullParams.Vad)));
        Assert.Equal(272, Offset<WhisperFullParams>(nameof(WhisperFullParams.VadModelPath)));
        Assert.Equal(280, Offset<WhisperFullParams>(nameof(WhisperFullParams.VadParams)));
        Assert.Equal(24, Marshal.SizeOf<WhisperVadParams>());
    }

    [Fact]
    public void Whisper_context_params_and_token_data_match_the_C_layout()
    {
        Assert.SkipUnless(Environment.Is64BitProcess, "the offsets are those of a 64-bit build");

        Assert.Equal(48, Marshal.SizeOf<WhisperContextParams>());
        Assert.Equal(4, Offset<WhisperContextParams>(nameof(WhisperContextParams.GpuDevice)));
        Assert.Equal(12, Offset<WhisperContextParams>(nameof(WhisperContextParams.DtwAheadsPreset)));
        Assert.Equal(24, Offset<WhisperContextParams>(nameof(WhisperContextParams.DtwAheadsNHeads)));
        Assert.Equal(40, Offset<WhisperContextParams>(nameof(WhisperContextParams.DtwMemSize)));
        Assert.Equal(56, Marshal.SizeOf<WhisperTokenData>());
        Assert.Equal(24, Offset<WhisperTokenData>(nameof(WhisperTokenData.T0)));
        Assert.Equal(48, Offset<WhisperTokenData>(nameof(WhisperTokenData.Vlen)));
    }

    private static int Offset<T>(string field) => (int)Marshal.OffsetOf<T>(field);
}
