using AutoQa.Sentiment.Model;
using Microsoft.ML.OnnxRuntime;

namespace AutoQa.Sentiment.Scoring;

/// <summary>
/// Runs a model card's ONNX classifier on batches of texts and returns each text's label probabilities in
/// the card's label order. Loads the model once; <see cref="Classify"/> is thread-safe.
/// </summary>
public sealed class OnnxTextClassifier : IDisposable
{
    private readonly LoadedModelCard model;
    private readonly InferenceSession session;

    /// <summary>Loads the model the card names with the given thread settings.</summary>
    /// <exception cref="SentimentModelException">ONNX Runtime cannot load the file, or the card does not fit it.</exception>
    public OnnxTextClassifier(LoadedModelCard model, SentimentOptions options)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(options);
        this.model = model;
        using var sessionOptions = new SessionOptions
        {
            IntraOpNumThreads = options.IntraOpThreads,
            InterOpNumThreads = options.InterOpThreads,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };
        try
        {
            session = new InferenceSession(model.ModelPath, sessionOptions);
        }
        catch (OnnxRuntimeException e)
        {
            throw new SentimentModelException(model.ModelPath, $"ONNX Runtime cannot load it: {e.Message}", e);
        }

        try
        {
            OnnxModelContract.Check(model, session);
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    /// <summary>The labels of each probability row, in order.</summary>
    public IReadOnlyList<SentimentLabel> Labels => model.Labels;

    /// <summary>One probability row per text (each row has <see cref="Labels"/>.Count entries summing to 1).</summary>
    /// <exception cref="SentimentModelException">ONNX Runtime fails to run the model.</exception>
    public float[][] Classify(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (texts.Count == 0)
        {
            return [];
        }

        var batch = TokenBatch.Create(texts, model.Tokenizer);
        var names = new List<string> { model.Card.Inputs.Ids };
        var values = new List<OrtValue> { OrtValue.CreateTensorValueFromMemory(batch.Ids, batch.Shape) };
        if (model.Card.Inputs.AttentionMask is { } maskName)
        {
            names.Add(maskName);
            values.Add(OrtValue.CreateTensorValueFromMemory(batch.Mask, batch.Shape));
        }

        if (model.Card.Inputs.TokenTypeIds is { } typeName)
        {
            names.Add(typeName);
            values.Add(OrtValue.CreateTensorValueFromMemory(new long[batch.Ids.Length], batch.Shape));
        }

        try
        {
            using var runOptions = new RunOptions();
            using var outputs = session.Run(runOptions, names, values, [model.Card.Output.Name]);
            return Rows(outputs[0].GetTensorDataAsSpan<float>(), texts.Count);
        }
        catch (OnnxRuntimeException e)
        {
            throw new SentimentModelException(model.ModelPath, $"ONNX Runtime failed to run it: {e.Message}", e);
        }
        finally
        {
            values.ForEach(value => value.Dispose());
        }
    }

    /// <inheritdoc />
    public void Dispose() => session.Dispose();

    private float[][] Rows(ReadOnlySpan<float> output, int count)
    {
        var width = model.Labels.Count;
        var rows = new float[count][];
        for (var i = 0; i < count; i++)
        {
            rows[i] = output.Slice(i * width, width).ToArray();
            if (model.Card.Output.Kind == "logits")
            {
                Softmax.InPlace(rows[i]);
            }
        }

        return rows;
    }
}
