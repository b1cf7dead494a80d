using AutoQa.Whisper.Tests.Support;

[assembly: AssemblyFixture(typeof(WhisperFixture))]
