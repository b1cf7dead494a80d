namespace AutoQa.Whisper.ModelFiles;

/// <summary>Bytes per block and values per block of the ggml tensor types a Whisper model file can hold (ggml.h, ggml-common.h).</summary>
internal static class GgmlTensorSizes
{
    private static readonly Dictionary<int, (int BlockBytes, int BlockValues)> ByType = new()
    {
        [0] = (4, 1), // F32
        [1] = (2, 1), // F16
        [2] = (18, 32), // Q4_0
        [3] = (20, 32), // Q4_1
        [6] = (22, 32), // Q5_0
        [7] = (24, 32), // Q5_1
        [8] = (34, 32), // Q8_0
        [10] = (84, 256), // Q2_K
        [11] = (110, 256), // Q3_K
        [12] = (144, 256), // Q4_K
        [13] = (176, 256), // Q5_K
        [14] = (210, 256), // Q6_K
        [30] = (2, 1), // BF16
    };

    /// <summary>The bytes a tensor of <paramref name="elements"/> values of type <paramref name="type"/> takes, or null for a type this check does not know.</summary>
    public static long? DataBytes(int type, long elements) =>
        ByType.TryGetValue(type, out var size) ? elements / size.BlockValues * size.BlockBytes : null;
}
