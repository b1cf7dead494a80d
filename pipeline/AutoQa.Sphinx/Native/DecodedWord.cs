namespace AutoQa.Sphinx.Native;

/// <summary>One entry of PocketSphinx's best-path segmentation, as the decoder reports it.</summary>
/// <param name="Text">The dictionary word, filler or silence marker (for example "ask", "ask(2)", "&lt;sil&gt;", "[NOISE]").</param>
/// <param name="StartFrame">First frame, counted from the start of the utterance.</param>
/// <param name="EndFrame">Last frame (inclusive).</param>
/// <param name="Probability">Posterior probability in [0, 1].</param>
internal readonly record struct DecodedWord(string Text, int StartFrame, int EndFrame, double Probability);
