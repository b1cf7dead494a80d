using System.Text;

namespace AutoQa.Whisper.ModelFiles;

/// <summary>
/// Checks a ggml Whisper model file before whisper.cpp reads it, which would otherwise read past the end of a
/// truncated file or fail with a bare null: the file must exist and be readable, start with the ggml magic, have a
/// sane header, and be exactly as long as its header, vocabulary and tensor table say.
/// </summary>
internal static class GgmlModelFile
{
    private const uint Magic = 0x67676d6c;
    private const int HyperParameterCount = 11;

    /// <exception cref="WhisperException">The file is missing, unreadable, not a ggml model, or truncated.</exception>
    public static void Check(string path)
    {
        if (!File.Exists(path))
        {
            throw new WhisperException(
                WhisperErrorKind.ModelNotFound,
                $"The Whisper model file {path} does not exist. Download it with './autoqa models pull NAME' or pass an existing ggml model file.",
                path);
        }

        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.SequentialScan);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new WhisperException(WhisperErrorKind.ModelUnreadable, $"The Whisper model file {path} cannot be read: {exception.Message}", path, innerException: exception);
        }

        using (stream)
        using (var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true))
        {
            try
            {
                Walk(reader, path);
            }
            catch (EndOfStreamException exception)
            {
                throw Truncated(path, stream.Length, "its header, vocabulary or tensor table", exception);
            }
            catch (IOException exception)
            {
                throw new WhisperException(WhisperErrorKind.ModelUnreadable, $"The Whisper model file {path} cannot be read: {exception.Message}", path, innerException: exception);
            }
        }
    }

    private static void Walk(BinaryReader reader, string path)
    {
        var stream = reader.BaseStream;
        if (stream.Length < 4 || reader.ReadUInt32() != Magic)
        {
            throw Invalid(path, "it does not start with the ggml magic (is it a ggml Whisper model, not GGUF, ONNX or an HTML error page?)");
        }

        for (var i = 0; i < HyperParameterCount; i++)
        {
            if (reader.ReadInt32() < 0)
            {
                throw Invalid(path, $"hyper-parameter {i} of its header is negative");
            }
        }

        var melCount = reader.ReadInt32();
        var fftCount = reader.ReadInt32();
        RequireRange(path, "mel filter size", (long)melCount * fftCount, 0, 1 << 20);
        Skip(reader, path, (long)melCount * fftCount * sizeof(float), "its mel filters");

        var vocabularySize = reader.ReadInt32();
        RequireRange(path, "vocabulary size", vocabularySize, 1, 1 << 20);
        for (var i = 0; i < vocabularySize; i++)
        {
            var length = reader.ReadUInt32();
            RequireRange(path, "vocabulary entry length", length, 0, 1 << 16);
            Skip(reader, path, length, "its vocabulary");
        }

        WalkTensors(reader, path);
    }

    private static void WalkTensors(BinaryReader reader, string path)
    {
        var stream = reader.BaseStream;
        while (stream.Position < stream.Length)
        {
            var dimensions = reader.ReadInt32();
            var nameLength = reader.ReadInt32();
            var type = reader.ReadInt32();
            RequireRange(path, "tensor dimension count", dimensions, 1, 4);
            RequireRange(path, "tensor name length", nameLength, 1, 1024);
            long elements = 1;
            for (var d = 0; d < dimensions; d++)
            {
                var extent = reader.ReadInt32();
                RequireRange(path, "tensor extent", extent, 1, int.MaxValue);
                elements *= extent;
            }

            var name = Encoding.UTF8.GetString(reader.ReadBytes(nameLength));
            if (GgmlTensorSizes.DataBytes(type, elements) is not { } bytes)
            {
                // An unknown tensor type: whisper.cpp itself will judge the rest of the file.
                return;
            }

            Skip(reader, path, bytes, $"tensor '{name}'");
        }
    }

    private static void Skip(BinaryReader reader, string path, long bytes, string what)
    {
        var stream = reader.BaseStream;
        if (stream.Position + bytes > stream.Length)
        {
            throw Truncated(path, stream.Length, what, null);
        }

        stream.Seek(bytes, SeekOrigin.Current);
    }

    private static void RequireRange(string path, string what, long value, long minimum, long maximum)
    {
        if (value < minimum || value > maximum)
        {
            throw Invalid(path, $"its {what} ({value}) is out of range");
        }
    }

    private static WhisperException Invalid(string path, string cause) =>
        new(WhisperErrorKind.ModelInvalid, $"The Whisper model file {path} is not a valid ggml model: {cause}.", path);

    private static WhisperException Truncated(string path, long length, string what, Exception? inner) =>
        new(
            WhisperErrorKind.ModelTruncated,
            $"The Whisper model file {path} is truncated: {what} runs past its end ({length} bytes). Download it again ('./autoqa models pull NAME --force').",
            path,
            innerException: inner);
}
