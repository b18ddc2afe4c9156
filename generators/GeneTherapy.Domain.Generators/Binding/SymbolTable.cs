using System;
using System.Collections.Generic;

namespace GeneTherapy.Domain.Generators.Binding;

/// <summary>Every source and type the documents declare, found by id, simple name or full name.</summary>
internal sealed class SymbolTable
{
    private readonly Dictionary<string, TypeDecl> _typesByFullName = new(StringComparer.Ordinal);

    public Dictionary<string, SourceDecl> Sources { get; } = new(StringComparer.Ordinal);

    /// <summary>Per namespace, its sources by property name: each namespace gets one <c>Sources</c> class.</summary>
    public Dictionary<string, Dictionary<string, SourceDecl>> SourcesByNamespace { get; } = new(StringComparer.Ordinal);

    /// <summary>Seeds refer to types by simple name, so simple names are unique across namespaces.</summary>
    public Dictionary<string, TypeDecl> TypesByName { get; } = new(StringComparer.Ordinal);

    /// <summary>In declaration order.</summary>
    public List<EnumDecl> Enums { get; } = new();

    /// <summary>In declaration order.</summary>
    public List<RecordDecl> Records { get; } = new();

    public void Add(TypeDecl type)
    {
        TypesByName.Add(type.Name, type);
        _typesByFullName.Add(type.FullName, type);
        switch (type)
        {
            case EnumDecl e:
                Enums.Add(e);
                break;
            case RecordDecl r:
                Records.Add(r);
                break;
        }
    }

    /// <summary>The enum or record a resolved <see cref="Model.TypeRef"/> names.</summary>
    public TypeDecl ByFullName(string fullName) => _typesByFullName[fullName];
}
