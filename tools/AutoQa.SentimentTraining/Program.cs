using AutoQa.SentimentTraining;

// Trains AutoQa's default sentiment model; see docs/sentiment.md.
TrainingOptions options;
try
{
    options = TrainingOptions.Parse(args);
}
catch (Exception e) when (e is ArgumentException or FormatException)
{
    await Console.Error.WriteLineAsync(e.Message);
    return 2;
}

try
{
    new TrainingRun(options, Console.Out).Execute();
    return 0;
}
catch (Exception e) when (e is IOException or InvalidDataException or AutoQa.Sentiment.SentimentModelException)
{
    await Console.Error.WriteLineAsync($"training failed: {e.Message}");
    return 1;
}
