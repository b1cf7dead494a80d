using System.Security.Cryptography;
using System.Text;

namespace AutoQa.Batch.Resume;

/// <summary>
/// SHA-256 hashes, as lower-case hex. Recordings are hashed in full (at disk speed, a small cost next to decoding),
/// so a re-exported recording with the same size and time is still noticed.
/// </summary>
public static class ContentHash
{
    /// <summary>The SHA-256 of a file's content.</summary>
    public static async Task<string> OfFileAsync(string path, CancellationToken cancellationToken = default)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
    }

    /// <summary>The SHA-256 of a text's UTF-8 bytes.</summary>
    public static string OfText(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
