using System.CommandLine;
using System.Globalization;
using AutoQa.Models;

namespace AutoQa.Cli.Commands;

/// <summary>
/// <c>autoqa models list | pull NAME [--force] | verify [NAME] | path NAME</c>: the model folder
/// (<c>AUTOQA_MODELS</c>, default ~/.cache/autoqa/models) filled from models/manifest.json and checked by SHA-256.
/// </summary>
internal static class ModelsCommand
{
    public static Command Create()
    {
        var command = new Command("models", "List, download (verified by sha256), verify and locate models.");
        command.Subcommands.Add(List());
        command.Subcommands.Add(Pull());
        command.Subcommands.Add(Verify());
        command.Subcommands.Add(PathOf());
        return command;
    }

    private static Command List()
    {
        var command = new Command("list", "The models of the manifest, their size, and whether they are downloaded.");
        command.SetAction((parseResult, cancellationToken) => Run("list", async store =>
        {
            Console.WriteLine($"model folder: {store.Folder}");
            foreach (var entry in store.Manifest.Models)
            {
                var file = new FileInfo(store.PathOf(entry));
                var state = !file.Exists ? "-" : file.Length == entry.SizeBytes ? "downloaded" : "incomplete";
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{entry.Name,-16} {entry.Kind.ToString().ToLowerInvariant(),-9} {entry.SizeBytes / 1e6,8:0.0} MB  {state,-10}  {entry.Description}"));
            }

            await Task.CompletedTask;
            return 0;
        }, cancellationToken));
        return command;
    }

    private static Command Pull()
    {
        var name = new Argument<string>("name") { Description = "The model name, as in 'autoqa models list'" };
        var force = new Option<bool>("--force") { Description = "Download again even when a verified copy is present" };
        var from = new Option<string?>("--from")
        {
            Description = "Copy from a local file, or a folder holding the model's file name, instead of downloading (air-gapped machines); verified the same way",
        };
        var command = new Command("pull", "Download a model, verify its size and sha256, and move it into the model folder.") { name, force, from };
        command.SetAction((parseResult, cancellationToken) => Run("pull", async store =>
        {
            var model = parseResult.GetValue(name)!;
            var source = parseResult.GetValue(from);
            var result = source is null
                ? await store.PullAsync(model, parseResult.GetValue(force), new DownloadReporter(), cancellationToken)
                : await store.ImportAsync(model, source, parseResult.GetValue(force), new DownloadReporter(), cancellationToken);
            Console.WriteLine(result.Downloaded
                ? $"{result.Entry.Name}: {(source is null ? "downloaded" : "imported")} and verified: {result.Path}"
                : $"{result.Entry.Name}: already present and verified: {result.Path} (use --force to download again)");
            return 0;
        }, cancellationToken));
        return command;
    }

    private static Command Verify()
    {
        var name = new Argument<string?>("name") { Description = "The model to check; default: every downloaded model", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("verify", "Check downloaded models against the manifest's size and sha256.") { name };
        command.SetAction((parseResult, cancellationToken) => Run("verify", async store =>
        {
            var requested = parseResult.GetValue(name);
            var names = requested is not null
                ? [requested]
                : store.Manifest.Models.Where(m => File.Exists(store.PathOf(m))).Select(m => m.Name).ToList();
            var failed = 0;
            foreach (var model in names)
            {
                var verification = await store.VerifyAsync(model, cancellationToken);
                Console.WriteLine(verification.Describe());
                failed += verification.Status == ModelStatus.Verified ? 0 : 1;
            }

            if (names.Count == 0)
            {
                Console.WriteLine($"no models downloaded in {store.Folder}");
            }

            return failed == 0 ? 0 : 1;
        }, cancellationToken));
        return command;
    }

    private static Command PathOf()
    {
        var name = new Argument<string>("name") { Description = "A model name or a model file path" };
        var command = new Command("path", "Print the file a model name (or path) resolves to.") { name };
        command.SetAction((parseResult, cancellationToken) => Run("path", async store =>
        {
            Console.WriteLine(store.Resolve(parseResult.GetValue(name)!));
            await Task.CompletedTask;
            return 0;
        }, cancellationToken));
        return command;
    }

    private static async Task<int> Run(string verb, Func<ModelStore, Task<int>> action, CancellationToken cancellationToken)
    {
        try
        {
            return await action(await ModelStore.OpenAsync(cancellationToken: cancellationToken));
        }
        catch (Exception e) when (e is ModelStoreException or InvalidDataException or IOException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync($"autoqa models {verb}: {e.Message}");
            return 1;
        }
    }

    /// <summary>A progress line redrawn in place on a terminal; a plain line every 10% when output is redirected.</summary>
    private sealed class DownloadReporter : IProgress<DownloadProgress>
    {
        private int lastTenth = -1;

        public void Report(DownloadProgress value)
        {
            var line = string.Create(CultureInfo.InvariantCulture, $"{value.Model}: {value.BytesReceived / 1e6:0.0} / {value.TotalBytes / 1e6:0.0} MB ({value.Fraction:P0})");
            if (!Console.IsErrorRedirected)
            {
                Console.Error.Write($"\r{line}   {(value.BytesReceived == value.TotalBytes ? Environment.NewLine : string.Empty)}");
                return;
            }

            var tenth = (int)(value.Fraction * 10);
            if (tenth != lastTenth)
            {
                lastTenth = tenth;
                Console.Error.WriteLine(line);
            }
        }
    }
}
