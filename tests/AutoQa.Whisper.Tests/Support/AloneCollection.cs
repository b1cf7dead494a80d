namespace AutoQa.Whisper.Tests.Support;

/// <summary>
/// Tests that compare two durations run alone: with other recognizers busy on the same cores, the second duration
/// would measure the contention, not the code.
/// </summary>
[CollectionDefinition(nameof(AloneCollection), DisableParallelization = true)]
public sealed class AloneCollection;
