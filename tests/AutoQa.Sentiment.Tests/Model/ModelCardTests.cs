using System.Text.Json.Nodes;
using AutoQa.Sentiment.Model;

namespace AutoQa.Sentiment.Tests.Model;

public sealed class ModelCardTests
{
    private static readonly string DefaultCard = SentimentModelLocator.Find();

    [Fact]
    public void A_missing_card_is_reported_with_its_path()
    {
        using var folder = new TempFolder();
        var path = folder.File("model.json");

        var error = Assert.Throws<SentimentModelException>(() => OnnxSentimentScorer.Load(path));

        Assert.Equal(path, error.FilePath);
        Assert.Contains("not found", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_tokenizer_kind_is_reported_with_the_card_path()
    {
        using var folder = new TempFolder();
        var path = WriteCard(folder, card => card["tokenizer"]!["kind"] = "sentencepiece");

        var error = Assert.Throws<SentimentModelException>(() => OnnxSentimentScorer.Load(path));

        Assert.Equal(path, error.FilePath);
        Assert.Contains("unknown tokenizer kind 'sentencepiece'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_label_count_that_does_not_match_the_model_output_is_reported()
    {
        using var folder = new TempFolder();
        var path = WriteCard(folder, card => card["labels"] = new JsonArray("negative", "positive"));

        var error = Assert.Throws<SentimentModelException>(() => OnnxSentimentScorer.Load(path));

        Assert.Equal(path, error.FilePath);
        Assert.Contains("lists 2 labels but the model's output 'probabilities' has 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_model_file_is_reported_with_both_paths()
    {
        using var folder = new TempFolder();
        var path = WriteCard(folder, card => card["model"] = "absent.onnx");

        var error = Assert.Throws<SentimentModelException>(() => OnnxSentimentScorer.Load(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains(folder.File("absent.onnx"), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_label_or_a_missing_field_is_reported()
    {
        using var folder = new TempFolder();
        var unknownLabel = WriteCard(folder, card => card["labels"] = new JsonArray("negative", "meh", "positive"));
        Assert.Contains("unknown label 'meh'", Assert.Throws<SentimentModelException>(() => LoadedModelCard.Load(unknownLabel)).Message, StringComparison.Ordinal);

        var noOutput = WriteCard(folder, card => card.Remove("output"));
        Assert.Contains("output", Assert.Throws<SentimentModelException>(() => LoadedModelCard.Load(noOutput)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_an_onnx_model_is_reported_with_its_path()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("broken.onnx"), "not a model");
        var path = WriteCard(folder, card => card["model"] = "broken.onnx");

        var error = Assert.Throws<SentimentModelException>(() => OnnxSentimentScorer.Load(path));

        Assert.Equal(folder.File("broken.onnx"), error.FilePath);
    }

    [Fact]
    public void The_locator_prefers_an_explicit_path_and_lists_what_it_tried()
    {
        Assert.Equal(DefaultCard, SentimentModelLocator.Find(DefaultCard));

        var error = Assert.Throws<SentimentModelException>(() => SentimentModelLocator.Find("/nowhere/model.json"));
        Assert.Contains("/nowhere/model.json", error.Message, StringComparison.Ordinal);
    }

    /// <summary>A copy of the default card in <paramref name="folder"/>, changed, pointing at the real model and rules.</summary>
    private static string WriteCard(TempFolder folder, Action<JsonObject> change)
    {
        var card = JsonNode.Parse(File.ReadAllText(DefaultCard))!.AsObject();
        var source = Path.GetDirectoryName(DefaultCard)!;
        card["model"] = Path.Combine(source, (string)card["model"]!);
        card["rules"] = Path.Combine(source, "rules");
        change(card);
        var path = folder.File($"card-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, card.ToJsonString());
        return path;
    }
}
