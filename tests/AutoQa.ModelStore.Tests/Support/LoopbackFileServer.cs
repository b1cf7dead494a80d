using System.Net;
using System.Net.Sockets;

namespace AutoQa.Models.Tests.Support;

/// <summary>A real HTTP server on 127.0.0.1 serving fixed files, counting requests per path.</summary>
internal sealed class LoopbackFileServer : IAsyncDisposable
{
    private readonly HttpListener listener = new();
    private readonly Dictionary<string, byte[]> files;
    private readonly Dictionary<string, int> requests = [];
    private readonly Task loop;

    public LoopbackFileServer(Dictionary<string, byte[]> files)
    {
        this.files = files;
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        BaseUri = new Uri($"http://127.0.0.1:{port}/");
        listener.Prefixes.Add(BaseUri.ToString());
        listener.Start();
        loop = Task.Run(ServeAsync);
    }

    public Uri BaseUri { get; }

    public Uri UriOf(string path) => new(BaseUri, path);

    public int RequestsFor(string path)
    {
        lock (requests)
        {
            return requests.GetValueOrDefault("/" + path);
        }
    }

    public async ValueTask DisposeAsync()
    {
        listener.Stop();
        listener.Close();
        await loop;
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            var path = context.Request.Url!.AbsolutePath;
            lock (requests)
            {
                requests[path] = requests.GetValueOrDefault(path) + 1;
            }

            using var response = context.Response;
            if (files.TryGetValue(path.TrimStart('/'), out var body))
            {
                response.ContentLength64 = body.Length;
                await response.OutputStream.WriteAsync(body);
            }
            else
            {
                response.StatusCode = 404;
            }
        }
    }
}
