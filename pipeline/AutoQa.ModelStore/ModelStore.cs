namespace AutoQa.Models;

/// <summary>
/// The model folder (<c>AUTOQA_MODELS</c>, default a per-user cache folder) and the manifest that lists what can go
/// in it: resolves names to files, downloads with SHA-256 verification, and checks what is there.
/// </summary>
public sealed class ModelStore
{
    private static readonly HttpClient SharedHttp = new() { Timeout = Timeout.InfiniteTimeSpan };
    private readonly HttpClient http;

    /// <summary>Creates a store over an already loaded manifest.</summary>
    /// <param name="options">The folder and manifest path.</param>
    /// <param name="manifest">The models.</param>
    /// <param name="httpClient">The client for downloads; the default is a shared client without timeout (models are large).</param>
    public ModelStore(ModelStoreOptions options, ModelManifest manifest, HttpClient? httpClient = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(manifest);
        options.Validate();
        Folder = Path.GetFullPath(options.Folder);
        Manifest = manifest;
        http = httpClient ?? SharedHttp;
    }

    /// <summary>The model folder.</summary>
    public string Folder { get; }

    /// <summary>The models this store knows.</summary>
    public ModelManifest Manifest { get; }

    /// <summary>Loads the manifest named by <paramref name="options"/> and opens the store.</summary>
    /// <exception cref="InvalidDataException">The manifest is missing or invalid.</exception>
    public static async Task<ModelStore> OpenAsync(ModelStoreOptions? options = null, HttpClient? httpClient = null, CancellationToken cancellationToken = default)
    {
        options ??= new ModelStoreOptions();
        options.Validate();
        return new ModelStore(options, await ModelManifest.LoadAsync(options.ManifestPath, cancellationToken), httpClient);
    }

    /// <summary>The manifest entry named <paramref name="name"/>.</summary>
    /// <exception cref="ModelStoreException">The manifest has no such model; the message lists the known names.</exception>
    public ModelEntry Get(string name) =>
        Manifest.Find(name) ?? throw new ModelStoreException(
            $"There is no model named '{name}'. Known models: {string.Join(", ", Manifest.Models.Select(m => m.Name))}.",
            name,
            null);

    /// <summary>Where <paramref name="entry"/>'s file lives in the model folder (whether or not it is there).</summary>
    public string PathOf(ModelEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return Path.Combine(Folder, entry.File);
    }

    /// <summary>
    /// Turns what a user typed after <c>--model</c> into a file: an existing file path is returned as is (full path);
    /// a manifest name gives the downloaded file, after a size check (the full hash check is <see cref="VerifyAsync"/>).
    /// </summary>
    /// <exception cref="ModelStoreException">
    /// Neither an existing file nor a known model; or a known model that is not downloaded or has the wrong size.
    /// </exception>
    public string Resolve(string nameOrPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nameOrPath);
        if (File.Exists(nameOrPath))
        {
            return Path.GetFullPath(nameOrPath);
        }

        var entry = Manifest.Find(nameOrPath) ?? throw new ModelStoreException(
            $"'{nameOrPath}' is neither an existing file nor a model name. Known models: {string.Join(", ", Manifest.Models.Select(m => m.Name))}.",
            nameOrPath,
            null);
        var path = PathOf(entry);
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            throw new ModelStoreException(
                $"Model '{entry.Name}' is not downloaded ({path} does not exist). Run './autoqa models pull {entry.Name}'.", entry.Name, path);
        }

        if (file.Length != entry.SizeBytes)
        {
            throw new ModelStoreException(
                $"Model '{entry.Name}' at {path} is {file.Length} bytes, expected {entry.SizeBytes}. Run './autoqa models pull {entry.Name} --force'.",
                entry.Name,
                path);
        }

        return path;
    }

    /// <summary>Checks the named model's file: presence, size, then SHA-256.</summary>
    /// <exception cref="ModelStoreException">The manifest has no such model.</exception>
    public async Task<ModelVerification> VerifyAsync(string name, CancellationToken cancellationToken = default)
    {
        var entry = Get(name);
        var path = PathOf(entry);
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            return new ModelVerification(entry, path, ModelStatus.Missing, null, null);
        }

        if (file.Length != entry.SizeBytes)
        {
            return new ModelVerification(entry, path, ModelStatus.WrongSize, file.Length, null);
        }

        var actual = await Sha256File.ComputeAsync(path, cancellationToken);
        return new ModelVerification(entry, path, actual == entry.Sha256 ? ModelStatus.Verified : ModelStatus.WrongHash, file.Length, actual);
    }

    /// <summary>
    /// Downloads the named model into the model folder, verifying size and SHA-256 before the file appears under its
    /// name (temporary file, then rename). A verified copy already there is kept unless <paramref name="force"/>.
    /// </summary>
    /// <exception cref="ModelStoreException">Unknown model, HTTP failure, or a download with the wrong size or hash (nothing is saved).</exception>
    public async Task<PullResult> PullAsync(string name, bool force = false, IProgress<DownloadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var entry = Get(name);
        var path = PathOf(entry);
        if (!force && (await VerifyAsync(entry.Name, cancellationToken)).Status == ModelStatus.Verified)
        {
            return new PullResult(entry, path, Downloaded: false);
        }

        await VerifyingDownload.RunAsync(http, entry, path, progress, cancellationToken);
        return new PullResult(entry, path, Downloaded: true);
    }

    /// <summary>
    /// Copies the named model from a local file (or a folder holding the manifest's file name) into the model folder,
    /// with the same size and SHA-256 checks as a download: how air-gapped machines get their models.
    /// </summary>
    /// <exception cref="ModelStoreException">Unknown model, missing source, or a source with the wrong size or hash (nothing is saved).</exception>
    public async Task<PullResult> ImportAsync(string name, string source, bool force = false, IProgress<DownloadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        var entry = Get(name);
        var path = PathOf(entry);
        var file = Directory.Exists(source) ? Path.Combine(source, entry.File) : source;
        if (!File.Exists(file))
        {
            throw new ModelStoreException($"Cannot import model '{entry.Name}': {file} does not exist.", entry.Name, path);
        }

        if (!force && (await VerifyAsync(entry.Name, cancellationToken)).Status == ModelStatus.Verified)
        {
            return new PullResult(entry, path, Downloaded: false);
        }

        await using var body = File.OpenRead(file);
        await VerifyingDownload.CopyVerifiedAsync(body, Path.GetFullPath(file), entry, path, progress, cancellationToken);
        return new PullResult(entry, path, Downloaded: true);
    }
}
