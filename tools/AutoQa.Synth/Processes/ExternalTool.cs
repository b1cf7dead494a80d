using System.ComponentModel;
using System.Diagnostics;

namespace AutoQa.Synth.Processes;

/// <summary>Runs an external program with arguments passed verbatim (no shell), optionally feeding its stdin.</summary>
internal static class ExternalTool
{
    /// <summary>Runs <paramref name="executable"/> and returns what it wrote to stdout.</summary>
    /// <exception cref="ExternalToolException">It could not be started or exited with a non-zero code.</exception>
    public static async Task<byte[]> RunAsync(
        string executable,
        IEnumerable<string> arguments,
        Func<Stream, CancellationToken, Task>? writeInput = null,
        CancellationToken cancellationToken = default)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardInput = writeInput is not null,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Start(start, executable);
        using var output = new MemoryStream();
        var copy = process.StandardOutput.BaseStream.CopyToAsync(output, cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            if (writeInput is not null)
            {
                await using (var input = process.StandardInput.BaseStream)
                {
                    await writeInput(input, cancellationToken);
                }
            }

            await Task.WhenAll(copy, error, process.WaitForExitAsync(cancellationToken));
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        catch (IOException ex)
        {
            // A broken stdin pipe means the program died early; its stderr says why.
            await process.WaitForExitAsync(CancellationToken.None);
            throw new ExternalToolException(executable, process.ExitCode, await error, ex);
        }

        return process.ExitCode == 0 ? output.ToArray()
            : throw new ExternalToolException(executable, process.ExitCode, await error);
    }

    private static Process Start(ProcessStartInfo start, string executable)
    {
        try
        {
            return Process.Start(start) ?? throw new ExternalToolException(executable, -1, "the process did not start");
        }
        catch (Win32Exception ex)
        {
            throw new ExternalToolException(executable, -1, ex.Message, ex);
        }
    }
}
