namespace AutoQa.Sentiment.Tokenization;

/// <summary>
/// The <c>word-ngram-hash</c> tokenizer: normalised words (<see cref="TextNormalizer"/>), word n-grams and
/// optional character n-grams of each word, each hashed into a fixed number of buckets. A model over these
/// ids needs no vocabulary file and handles unseen and misspelled words through their character n-grams.
/// </summary>
public sealed class HashedNgramTokenizer : ITurnTokenizer
{
    private const char WordTag = 'w';
    private const char CharTag = 'c';
    private const char WordBoundary = '\u0002';
    private const int MaxCharNgramWord = 40;

    private readonly HashedNgramSettings settings;

    /// <summary>Creates the tokenizer.</summary>
    /// <exception cref="ArgumentException">A setting is out of range.</exception>
    public HashedNgramTokenizer(HashedNgramSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Buckets < 2 || settings.WordNgramMax < 1 || settings.MaxLength < 1
            || settings.CharNgramMin < 0 || (settings.CharNgramMin > 0 && settings.CharNgramMax < settings.CharNgramMin))
        {
            throw new ArgumentException($"invalid word-ngram-hash settings: {settings}", nameof(settings));
        }

        this.settings = settings;
    }

    /// <inheritdoc />
    public long PaddingId => 0;

    /// <inheritdoc />
    public long[] Encode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = TextNormalizer.Words(text, settings.FoldAccents);
        var ids = new List<long>(words.Count * 8);
        for (var i = 0; i < words.Count && ids.Count < settings.MaxLength; i++)
        {
            AddWordNgrams(words, i, ids);
            AddCharNgrams(words[i], ids);
        }

        if (ids.Count > settings.MaxLength)
        {
            ids.RemoveRange(settings.MaxLength, ids.Count - settings.MaxLength);
        }

        return [.. ids];
    }

    private void AddWordNgrams(IReadOnlyList<string> words, int start, List<long> ids)
    {
        var hash = Fnv1aHash.Start(WordTag);
        for (var n = 1; n <= settings.WordNgramMax && start + n <= words.Count; n++)
        {
            if (n > 1)
            {
                hash.Add(' ');
            }

            hash.Add(words[start + n - 1]);
            ids.Add(ToId(hash));
        }
    }

    private void AddCharNgrams(string word, List<long> ids)
    {
        // A "word" this long is noise (a URL, a run of digits), not something character n-grams can generalise.
        if (settings.CharNgramMin == 0 || word.Length > MaxCharNgramWord)
        {
            return;
        }

        Span<char> marked = stackalloc char[word.Length + 2];
        marked[0] = WordBoundary;
        word.AsSpan().CopyTo(marked[1..]);
        marked[^1] = WordBoundary;
        for (var length = settings.CharNgramMin; length <= settings.CharNgramMax && length <= marked.Length; length++)
        {
            for (var start = 0; start + length <= marked.Length; start++)
            {
                var hash = Fnv1aHash.Start(CharTag);
                hash.Add(marked.Slice(start, length));
                ids.Add(ToId(hash));
            }
        }
    }

    private long ToId(Fnv1aHash hash) => 1 + (hash.Value % (uint)(settings.Buckets - 1));
}
