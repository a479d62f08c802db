using Mentoring.Functions;
using Mentoring.Functions.Telemetry;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.Logging.KeepPersonalDataOut();
builder.UseMiddleware<UnhandledExceptionMiddleware>();
builder.UseMiddleware<AuthenticationMiddleware>();
builder.Services.AddMentoringFunctions(builder.Configuration);
builder.Build().Run();
