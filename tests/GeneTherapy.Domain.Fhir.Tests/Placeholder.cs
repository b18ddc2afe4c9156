namespace GeneTherapy.Domain.Fhir.Tests;
