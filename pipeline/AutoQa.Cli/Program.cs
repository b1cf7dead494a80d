using AutoQa.Cli;

return await AutoQaCommand.Create().Parse(args).InvokeAsync();
