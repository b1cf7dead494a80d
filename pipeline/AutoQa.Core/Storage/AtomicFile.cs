using System.Text;

namespace AutoQa.Storage;

/// <summary>
/// Writes files so that a reader (or a rerun after a crash) sees either the old file or the complete new one,
/// never a torn one: the content goes to a temporary file in the same folder, is flushed to disk, then renamed.
/// </summary>
public static class AtomicFile
{
    /// <summary>Writes <paramref name="content"/> as UTF-8 to <paramref name="path"/> atomically, creating the folder.</summary>
    public static Task WriteAllTextAsync(string path, string content, CancellationToken cancellationToken = default) =>
        WriteAsync(path, (stream, ct) => stream.WriteAsync(Encoding.UTF8.GetBytes(content), ct).AsTask(), cancellationToken);

    /// <summary>Writes what <paramref name="write"/> puts into the stream to <paramref name="path"/> atomically.</summary>
    public static async Task WriteAsync(
        string path,
        Func<Stream, CancellationToken, Task> write,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(write);
        var fullPath = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(fullPath)!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(fullPath)}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                await write(stream, cancellationToken);
                await stream.FlushAsync(cancellationToken);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, fullPath, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
