namespace GeneTherapy.Domain.Generators;

/// <summary>Names of the pipeline steps, so tests can check which steps ran and which were cached.</summary>
internal static class TrackingNames
{
    public const string SeedFiles = nameof(SeedFiles);
    public const string Parsed = nameof(Parsed);
    public const string ParseDiagnostics = nameof(ParseDiagnostics);
    public const string CompilationFacts = nameof(CompilationFacts);
    public const string RecordKeys = nameof(RecordKeys);
    public const string FileKeys = nameof(FileKeys);
    public const string Declared = nameof(Declared);
    public const string Declarations = nameof(Declarations);
    public const string FileBound = nameof(FileBound);
    public const string Bound = nameof(Bound);
    public const string BindDiagnostics = nameof(BindDiagnostics);
    public const string Outputs = nameof(Outputs);
    public const string CodeTables = nameof(CodeTables);
    public const string ModuleInitializerPolyfill = nameof(ModuleInitializerPolyfill);
    public const string BaselineParsed = nameof(BaselineParsed);
    public const string BaselineWanted = nameof(BaselineWanted);
    public const string SeedTerms = nameof(SeedTerms);
    public const string BaselineOptions = nameof(BaselineOptions);
    public const string BaselineChecked = nameof(BaselineChecked);
    public const string BaselineDiagnostics = nameof(BaselineDiagnostics);
    public const string BaselineText = nameof(BaselineText);
}
