// The lossrun command line: parses arguments and runs the chosen subcommand. A usage error
// exits with status 2 (ArgumentParser's own default would be 64).
LossrunCommand.runAsMain()
