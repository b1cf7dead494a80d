using AutoQa.Sentiment.Tokenization;

namespace AutoQa.Sentiment.Scoring;

/// <summary>Texts tokenized and padded to the longest one: row-major [count, length] ids and attention mask.</summary>
internal sealed record TokenBatch(long[] Ids, long[] Mask, long[] Shape)
{
    public static TokenBatch Create(IReadOnlyList<string> texts, ITurnTokenizer tokenizer)
    {
        var encoded = new long[texts.Count][];
        var length = 1;
        for (var i = 0; i < texts.Count; i++)
        {
            encoded[i] = tokenizer.Encode(texts[i] ?? string.Empty);
            length = Math.Max(length, encoded[i].Length);
        }

        var ids = new long[texts.Count * length];
        var mask = new long[ids.Length];
        Array.Fill(ids, tokenizer.PaddingId);
        for (var i = 0; i < encoded.Length; i++)
        {
            encoded[i].CopyTo(ids, i * length);
            mask.AsSpan(i * length, encoded[i].Length).Fill(1);
        }

        return new TokenBatch(ids, mask, [texts.Count, length]);
    }
}
