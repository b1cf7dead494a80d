namespace AutoQa.Models;

/// <summary>How far a download has come.</summary>
/// <param name="Model">The model being downloaded.</param>
/// <param name="BytesReceived">Bytes written so far.</param>
/// <param name="TotalBytes">The expected size.</param>
public readonly record struct DownloadProgress(string Model, long BytesReceived, long TotalBytes)
{
    /// <summary>Progress in [0, 1].</summary>
    public double Fraction => TotalBytes <= 0 ? 0 : Math.Min(1.0, (double)BytesReceived / TotalBytes);
}
