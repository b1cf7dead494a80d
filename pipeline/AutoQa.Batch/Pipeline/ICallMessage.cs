namespace AutoQa.Batch.Pipeline;

/// <summary>A message between stages: it always knows which call it belongs to, for failure records.</summary>
internal interface ICallMessage
{
    CallJob Job { get; }
}
