using System.Buffers.Binary;
using System.Text;

namespace AutoQa.Whisper.Tests.Support;

/// <summary>
/// Completes a whisper.cpp test model (header and vocabulary, no tensors: it decodes nothing) with every tensor of
/// its architecture, filled with small seeded random values. whisper.cpp then decodes random but real tokens, so
/// segments, tokens and word times come back and can be checked, at the real model's compute cost.
/// </summary>
internal static class RandomWeightsModel
{
    private const int F32 = 0;
    private const int F16 = 1;

    public static void Create(string headerOnlyModel, string output, int seed)
    {
        var header = File.ReadAllBytes(headerOnlyModel);
        int Parameter(int index) => BinaryPrimitives.ReadInt32LittleEndian(header.AsSpan(4 + (4 * index)));
        var (vocabulary, audioContext, audioState, audioLayers) = (Parameter(0), Parameter(1), Parameter(2), Parameter(4));
        var (textContext, textState, textLayers, mels) = (Parameter(5), Parameter(6), Parameter(8), Parameter(9));
        var weight = Parameter(10) == 0 ? F32 : F16;

        using var stream = new FileStream(output, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 20);
        using var writer = new BinaryWriter(stream);
        writer.Write(header);
        var random = new Random(seed);
        void Tensor(string name, int type, params int[] extents) => WriteTensor(writer, random, name, type, extents);

        Tensor("encoder.positional_embedding", F32, audioState, audioContext);
        Tensor("encoder.conv1.weight", weight, 3, mels, audioState);
        Tensor("encoder.conv1.bias", F32, 1, audioState);
        Tensor("encoder.conv2.weight", weight, 3, audioState, audioState);
        Tensor("encoder.conv2.bias", F32, 1, audioState);
        Tensor("encoder.ln_post.weight", F32, audioState);
        Tensor("encoder.ln_post.bias", F32, audioState);
        for (var layer = 0; layer < audioLayers; layer++)
        {
            Block(Tensor, $"encoder.blocks.{layer}", "attn", weight, audioState, withMlp: true);
        }

        Tensor("decoder.positional_embedding", F32, textState, textContext);
        Tensor("decoder.token_embedding.weight", weight, textState, vocabulary);
        Tensor("decoder.ln.weight", F32, textState);
        Tensor("decoder.ln.bias", F32, textState);
        for (var layer = 0; layer < textLayers; layer++)
        {
            Block(Tensor, $"decoder.blocks.{layer}", "attn", weight, textState, withMlp: true);
            Block(Tensor, $"decoder.blocks.{layer}", "cross_attn", weight, textState, withMlp: false);
        }
    }

    private static void Block(Action<string, int, int[]> tensor, string prefix, string attention, int weight, int state, bool withMlp)
    {
        if (withMlp)
        {
            tensor($"{prefix}.mlp_ln.weight", F32, [state]);
            tensor($"{prefix}.mlp_ln.bias", F32, [state]);
            tensor($"{prefix}.mlp.0.weight", weight, [state, 4 * state]);
            tensor($"{prefix}.mlp.0.bias", F32, [4 * state]);
            tensor($"{prefix}.mlp.2.weight", weight, [4 * state, state]);
            tensor($"{prefix}.mlp.2.bias", F32, [state]);
        }

        tensor($"{prefix}.{attention}_ln.weight", F32, [state]);
        tensor($"{prefix}.{attention}_ln.bias", F32, [state]);
        tensor($"{prefix}.{attention}.query.weight", weight, [state, state]);
        tensor($"{prefix}.{attention}.query.bias", F32, [state]);
        tensor($"{prefix}.{attention}.key.weight", weight, [state, state]);
        tensor($"{prefix}.{attention}.value.weight", weight, [state, state]);
        tensor($"{prefix}.{attention}.value.bias", F32, [state]);
        tensor($"{prefix}.{attention}.out.weight", weight, [state, state]);
        tensor($"{prefix}.{attention}.out.bias", F32, [state]);
    }

    private static void WriteTensor(BinaryWriter writer, Random random, string name, int type, int[] extents)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);
        writer.Write(extents.Length);
        writer.Write(nameBytes.Length);
        writer.Write(type);
        foreach (var extent in extents)
        {
            writer.Write(extent);
        }

        writer.Write(nameBytes);
        var isNormScale = name.EndsWith("ln.weight", StringComparison.Ordinal) || name.EndsWith("ln_post.weight", StringComparison.Ordinal);
        var count = extents.Aggregate(1L, (product, extent) => product * extent);
        for (long i = 0; i < count; i++)
        {
            var value = isNormScale ? 1f : (float)((random.NextDouble() * 2) - 1) * 0.05f;
            if (type == F32)
            {
                writer.Write(value);
            }
            else
            {
                writer.Write((Half)value);
            }
        }
    }
}
