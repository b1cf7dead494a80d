using System.Security.Cryptography;
using AutoQa.Storage;

namespace AutoQa.Models;

/// <summary>
/// Streams a model from its URL (or a local copy, for machines without internet) into the model folder through a
/// temporary file, hashing on the way; only a file with the manifest's size and SHA-256 is renamed into place,
/// anything else is deleted.
/// </summary>
internal static class VerifyingDownload
{
    private const int BufferBytes = 1 << 20;
    private const long ReportEveryBytes = 4L << 20;

    public static async Task RunAsync(
        HttpClient http,
        ModelEntry entry,
        string target,
        IProgress<DownloadProgress>? progress,
        CancellationToken cancellationToken)
    {
        using var response = await Send(http, entry, target, cancellationToken);
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        await CopyVerifiedAsync(body, entry.Url.ToString(), entry, target, progress, cancellationToken);
    }

    public static async Task CopyVerifiedAsync(
        Stream body,
        string origin,
        ModelEntry entry,
        string target,
        IProgress<DownloadProgress>? progress,
        CancellationToken cancellationToken)
    {
        await AtomicFile.WriteAsync(
            target,
            async (file, ct) =>
            {
                using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                var buffer = new byte[BufferBytes];
                long received = 0, lastReport = 0;
                int read;
                while ((read = await body.ReadAsync(buffer, ct)) > 0)
                {
                    if (received + read > entry.SizeBytes)
                    {
                        throw Mismatch(entry, origin, target, $"the source has more than the expected {entry.SizeBytes} bytes");
                    }

                    hash.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), ct);
                    received += read;
                    if (received - lastReport >= ReportEveryBytes || received == entry.SizeBytes)
                    {
                        lastReport = received;
                        progress?.Report(new DownloadProgress(entry.Name, received, entry.SizeBytes));
                    }
                }

                if (received != entry.SizeBytes)
                {
                    throw Mismatch(entry, origin, target, $"received {received} bytes, expected {entry.SizeBytes} (interrupted download?)");
                }

                var actual = Convert.ToHexStringLower(hash.GetHashAndReset());
                if (actual != entry.Sha256)
                {
                    throw Mismatch(entry, origin, target, $"the copy has sha256 {actual}, expected {entry.Sha256}");
                }
            },
            cancellationToken);
    }

    private static async Task<HttpResponseMessage> Send(HttpClient http, ModelEntry entry, string target, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await http.GetAsync(entry.Url, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (HttpRequestException exception)
        {
            throw new ModelStoreException($"Downloading model '{entry.Name}' from {entry.Url} failed: {exception.Message}", entry.Name, target, exception);
        }

        if (!response.IsSuccessStatusCode)
        {
            response.Dispose();
            throw new ModelStoreException(
                $"Downloading model '{entry.Name}' from {entry.Url} failed: HTTP {(int)response.StatusCode} {response.ReasonPhrase}.",
                entry.Name,
                target);
        }

        return response;
    }

    private static ModelStoreException Mismatch(ModelEntry entry, string origin, string target, string cause) =>
        new($"Model '{entry.Name}' from {origin} was rejected and not saved to {target}: {cause}.", entry.Name, target);
}
