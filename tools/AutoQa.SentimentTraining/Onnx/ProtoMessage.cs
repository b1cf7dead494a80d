using Google.Protobuf;

namespace AutoQa.SentimentTraining.Onnx;

/// <summary>
/// Builds one protobuf message field by field (wire format through Google.Protobuf's <see cref="CodedOutputStream"/>),
/// so that ONNX messages can be written from onnx.proto's field numbers without generated classes.
/// </summary>
internal sealed class ProtoMessage
{
    private readonly MemoryStream buffer = new();
    private readonly CodedOutputStream output;

    public ProtoMessage() => output = new CodedOutputStream(buffer, leaveOpen: true);

    public ProtoMessage Int64(int field, long value)
    {
        output.WriteTag(field, WireFormat.WireType.Varint);
        output.WriteInt64(value);
        return this;
    }

    public ProtoMessage String(int field, string value)
    {
        output.WriteTag(field, WireFormat.WireType.LengthDelimited);
        output.WriteString(value);
        return this;
    }

    public ProtoMessage Bytes(int field, ReadOnlySpan<byte> value)
    {
        output.WriteTag(field, WireFormat.WireType.LengthDelimited);
        output.WriteBytes(ByteString.CopyFrom(value));
        return this;
    }

    public ProtoMessage Message(int field, ProtoMessage value) => Bytes(field, value.ToBytes());

    /// <summary>A repeated int64 field, unpacked (one tag per value), which every protobuf reader accepts.</summary>
    public ProtoMessage Int64s(int field, IEnumerable<long> values)
    {
        foreach (var value in values)
        {
            Int64(field, value);
        }

        return this;
    }

    public byte[] ToBytes()
    {
        output.Flush();
        return buffer.ToArray();
    }
}
