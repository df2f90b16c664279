print("lossrun: not built yet")
