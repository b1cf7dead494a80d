using System.Runtime.InteropServices;
using AutoQa.SentimentTraining.Training;

namespace AutoQa.SentimentTraining.Onnx;

/// <summary>
/// Writes a linear model over token-id counts as an ONNX model (opset 13):
/// ids int64 [batch, length] -> Gather(weights [features, classes]) -> ReduceSum over length -> Add(bias)
/// -> Softmax -> probabilities float [batch, classes]. Padding id 0 has an all-zero weight row, so padding
/// adds nothing. Field numbers are those of onnx.proto (ModelProto, GraphProto, NodeProto, TensorProto, ...).
/// </summary>
internal static class OnnxLinearModelWriter
{
    public const string InputName = "ids";
    public const string OutputName = "probabilities";

    private const long IrVersion = 8;
    private const long Opset = 13;
    private const int FloatType = 1;
    private const int Int64Type = 7;
    private const int AttributeInt = 2;

    public static void Write(LinearModel model, string path, string producerVersion, IReadOnlyDictionary<string, string> metadata)
    {
        var graph = new ProtoMessage()
            .Message(1, Node("Gather", ["weights", InputName], ["gathered"], ("axis", 0)))
            .Message(1, Node("ReduceSum", ["gathered", "sum_axes"], ["sums"], ("keepdims", 0)))
            .Message(1, Node("Add", ["sums", "bias"], ["logits"]))
            .Message(1, Node("Softmax", ["logits"], [OutputName], ("axis", -1)))
            .String(2, "autoqa_sentiment")
            .Message(5, FloatTensor("weights", [model.Features, model.Classes], model.Weights))
            .Message(5, FloatTensor("bias", [model.Classes], model.Bias))
            .Message(5, new ProtoMessage().Int64s(1, [1]).Int64(2, Int64Type).String(8, "sum_axes").Int64s(7, [1]))
            .Message(11, ValueInfo(InputName, Int64Type, "batch", "length"))
            .Message(12, ValueInfo(OutputName, FloatType, "batch", model.Classes));
        var modelProto = new ProtoMessage()
            .Int64(1, IrVersion)
            .String(2, "AutoQa.SentimentTraining")
            .String(3, producerVersion)
            .Message(7, graph)
            .Message(8, new ProtoMessage().String(1, string.Empty).Int64(2, Opset));
        foreach (var (key, value) in metadata)
        {
            modelProto.Message(14, new ProtoMessage().String(1, key).String(2, value));
        }

        File.WriteAllBytes(path, modelProto.ToBytes());
    }

    private static ProtoMessage Node(string op, string[] inputs, string[] outputs, params (string Name, long Value)[] attributes)
    {
        var node = new ProtoMessage();
        foreach (var input in inputs)
        {
            node.String(1, input);
        }

        foreach (var output in outputs)
        {
            node.String(2, output);
        }

        node.String(3, op.ToLowerInvariant()).String(4, op);
        foreach (var (name, value) in attributes)
        {
            node.Message(5, new ProtoMessage().String(1, name).Int64(3, value).Int64(20, AttributeInt));
        }

        return node;
    }

    private static ProtoMessage FloatTensor(string name, long[] dims, float[] values)
    {
        // raw_data is little-endian, which is the byte order of every platform .NET runs this tool on.
        return new ProtoMessage().Int64s(1, dims).Int64(2, FloatType).String(8, name)
            .Bytes(9, MemoryMarshal.AsBytes(values.AsSpan()));
    }

    private static ProtoMessage ValueInfo(string name, int elementType, string batchDim, object secondDim)
    {
        var shape = new ProtoMessage()
            .Message(1, new ProtoMessage().String(2, batchDim))
            .Message(1, secondDim is int size ? new ProtoMessage().Int64(1, size) : new ProtoMessage().String(2, (string)secondDim));
        var tensorType = new ProtoMessage().Int64(1, elementType).Message(2, shape);
        return new ProtoMessage().String(1, name).Message(2, new ProtoMessage().Message(1, tensorType));
    }
}
