using System.Reflection;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

namespace YouTubeDownloader.Testing.Host;

/// <summary>
/// The in-process durable test host does not discover <c>[Function]</c> methods, so this registers every
/// orchestrator and activity of the app by reflection, calling the very methods the Functions host calls.
/// </summary>
public static class DurableFunctionRegistry
{
    /// <param name="orchestratorInputs">The input type of each orchestrator: a function orchestrator reads it with
    /// <c>GetInput&lt;T&gt;()</c>, which the Functions host deserializes lazily but this engine only as registered.</param>
    public static void AddFunctions(
        DurableTaskRegistry registry, Assembly assembly, Func<IServiceProvider> services, IReadOnlyDictionary<string, Type> orchestratorInputs)
    {
        foreach (var (method, name) in FunctionMethods(assembly))
        {
            var parameters = method.GetParameters();
            if (parameters.Any(p => p.GetCustomAttribute<OrchestrationTriggerAttribute>() is not null))
            {
                typeof(DurableFunctionRegistry)
                    .GetMethod(nameof(AddOrchestrator), BindingFlags.NonPublic | BindingFlags.Static)!
                    .MakeGenericMethod(orchestratorInputs[name])
                    .Invoke(null, [registry, name, method]);
            }
            else if (parameters.FirstOrDefault(p => p.GetCustomAttribute<ActivityTriggerAttribute>() is not null) is { } trigger)
            {
                typeof(DurableFunctionRegistry)
                    .GetMethod(nameof(AddActivity), BindingFlags.NonPublic | BindingFlags.Static)!
                    .MakeGenericMethod(trigger.ParameterType)
                    .Invoke(null, [registry, name, method, services]);
            }
        }
    }

    internal static IEnumerable<(MethodInfo Method, string Name)> FunctionMethods(Assembly assembly) =>
        from type in assembly.GetTypes()
        from method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
        let function = method.GetCustomAttribute<FunctionAttribute>()
        where function is not null
        select (method, function.Name);

    internal static async Task<object?> InvokeAsync(MethodInfo method, object? target, object?[] arguments)
    {
        var result = method.Invoke(target, arguments);
        if (result is not Task task)
        {
            return result;
        }

        await task;
        var type = task.GetType();
        return type.IsGenericType && type.GetProperty(nameof(Task<object>.Result)) is { } property
               && property.PropertyType.Name != "VoidTaskResult"
            ? property.GetValue(task)
            : null;
    }

    private static void AddOrchestrator<TInput>(DurableTaskRegistry registry, string name, MethodInfo method) =>
        registry.AddOrchestratorFunc<TInput, object?>(name, async (context, _) => await InvokeAsync(method, target: null, [context]));

    private static void AddActivity<TInput>(DurableTaskRegistry registry, string name, MethodInfo method, Func<IServiceProvider> services) =>
        registry.AddActivityFunc<TInput, object?>(name, async (_, input) =>
        {
            var target = method.IsStatic ? null : ActivatorUtilities.CreateInstance(services(), method.DeclaringType!);
            var arguments = method.GetParameters()
                .Select(p => p.ParameterType == typeof(CancellationToken) ? CancellationToken.None
                    : p.ParameterType == typeof(DurableTaskClient) ? services().GetRequiredService<DurableTaskClient>()
                    : (object?)input)
                .ToArray();
            return await InvokeAsync(method, target, arguments);
        });
}
