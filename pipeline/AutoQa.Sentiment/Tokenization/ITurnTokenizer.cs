namespace AutoQa.Sentiment.Tokenization;

/// <summary>Turns one text into the model's input ids. Implementations are thread-safe.</summary>
public interface ITurnTokenizer
{
    /// <summary>The id that pads shorter texts in a batch; the model gives it no weight.</summary>
    long PaddingId { get; }

    /// <summary>The ids of <paramref name="text"/>, at most the model's maximum length, without padding.</summary>
    long[] Encode(string text);
}
