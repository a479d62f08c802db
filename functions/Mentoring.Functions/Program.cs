using Mentoring.Functions;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.UseMiddleware<UnhandledExceptionMiddleware>();
builder.UseMiddleware<AuthenticationMiddleware>();
builder.Services.AddMentoringFunctions(builder.Configuration);
builder.Build().Run();
